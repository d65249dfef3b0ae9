namespace Nestor.Nest.Model;

/// <summary>What a class is to Nest: how it is decorated.</summary>
public enum ClassRole
{
    /// <summary>No Nest decorator: a plain class.</summary>
    Plain,

    /// <summary><c>@Injectable()</c> (also guards, pipes, interceptors, strategies).</summary>
    Injectable,

    /// <summary><c>@Controller()</c>.</summary>
    Controller,

    /// <summary><c>@Resolver()</c> (GraphQL).</summary>
    Resolver,

    /// <summary><c>@WebSocketGateway()</c>.</summary>
    Gateway,

    /// <summary><c>@Catch()</c> exception filter.</summary>
    Filter,
}

/// <summary>A class that Nest may instantiate, with its constructor dependencies.</summary>
public sealed record InjectableClass(string Name, SourceLocation Location, ClassRole Role)
{
    public IReadOnlyList<Dependency> Dependencies { get; init; } = [];

    /// <summary>True when the class or its constructor parameters carry any decorator, so TypeScript emits parameter types.</summary>
    public bool EmitsMetadata { get; init; }

    /// <summary>
    /// The class is used without being injected: route handlers, resolvers, gateways, scheduled
    /// jobs, event and message handlers, or lifecycle hooks. Such a class is never "unused".
    /// </summary>
    public bool IsEntryPoint { get; init; }

    /// <summary>Name of the class it extends, when the constructor comes from there.</summary>
    public string? BaseClass { get; init; }

    public ProviderToken Token => ProviderToken.ForClass(Name);
}
