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

    /// <summary>The file declaring <see cref="BaseClass"/>, when it is a workspace class.</summary>
    public string? BaseClassPath { get; init; }

    public ProviderToken Token => ProviderToken.ForClass(Name, Location.Path);

    /// <summary>The class's declaration: its file and name. Same-named classes of different files differ here.</summary>
    public ClassId Id => new(Location.Path, Name);

    /// <summary>
    /// Guards, interceptors, pipes and filters given as classes to <c>@UseGuards()</c>,
    /// <c>@UseInterceptors()</c>, <c>@UsePipes()</c>, <c>@UseFilters()</c> (on the class or its
    /// handlers) and pipes given to parameter decorators (<c>@Param('id', ParseIdPipe)</c>). Nest
    /// creates each one in the module of the class that uses it.
    /// </summary>
    public IReadOnlyList<EnhancerReference> Enhancers { get; init; } = [];
}

/// <summary>An enhancer class used by a controller or provider: what kind it is, which class, and where it is named.</summary>
public sealed record EnhancerReference(string Kind, string ClassName, SourceLocation Location)
{
    /// <summary>The file that declares the enhancer class, when it is a workspace class.</summary>
    public string? ClassPath { get; init; }

    /// <summary>The handler it applies to, or null when it applies to the whole class.</summary>
    public string? Handler { get; init; }
}
