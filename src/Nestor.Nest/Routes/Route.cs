using Nestor.Nest.Model;

namespace Nestor.Nest.Routes;

/// <summary>Where a parameter of a handler takes its value from.</summary>
public enum ParameterSource
{
    Body,
    Query,
    Param,
    Headers,
    Request,
    Response,
    Args,
    Payload,
    Custom,
    None,
}

/// <summary>One parameter of a handler: its decorator, the key it names (<c>@Param('id')</c>) and its type as written.</summary>
public sealed record HandlerParameter(string Name, ParameterSource Source, string? Key, string? Type)
{
    /// <summary>The decorator's name when <see cref="Source"/> is <see cref="ParameterSource.Custom"/>.</summary>
    public string? CustomDecorator { get; init; }

    /// <summary>Pipes given to the parameter decorator: <c>@Param('id', ParseIntPipe)</c>.</summary>
    public IReadOnlyList<string> Pipes { get; init; } = [];
}

/// <summary>Where an enhancer (guard, pipe, interceptor, filter) applies.</summary>
public enum EnhancerLevel
{
    Global,
    Controller,
    Handler,
}

/// <summary>One guard, pipe, interceptor or filter in force on a handler, and where it was declared.</summary>
public sealed record Enhancer(string Kind, string Name, EnhancerLevel Level);

/// <summary>What kind of entry point a handler is.</summary>
public enum EntryKind
{
    Http,
    GraphQlQuery,
    GraphQlMutation,
    GraphQlSubscription,
    GraphQlResolveField,
    MessagePattern,
    EventPattern,
    Cron,
    Interval,
    Timeout,
    OnEvent,
    SubscribeMessage,
}

/// <summary>
/// One entry point of the application: an HTTP route with its full path, or a resolver field,
/// message handler, scheduled job, event listener or gateway message.
/// </summary>
public sealed record Route(EntryKind Kind, string Method, string Path, string ClassName, string Handler, SourceLocation Location)
{
    public IReadOnlyList<HandlerParameter> Parameters { get; init; } = [];

    public IReadOnlyList<Enhancer> Enhancers { get; init; } = [];

    /// <summary><c>@HttpCode(204)</c>; null when Nest's default applies (201 for POST, else 200).</summary>
    public int? HttpCode { get; init; }

    /// <summary>The versions of the route (<c>@Version</c> or the controller's <c>version</c>), empty when unversioned.</summary>
    public IReadOnlyList<string> Versions { get; init; } = [];

    /// <summary>Other decorators on the handler (custom ones included), by name.</summary>
    public IReadOnlyList<string> Decorators { get; init; } = [];

    /// <summary>The declared return type, as written.</summary>
    public string? ReturnType { get; init; }

    /// <summary>The status code Nest answers with by default.</summary>
    public int StatusCode => HttpCode ?? (Kind == EntryKind.Http && Method == "POST" ? 201 : 200);
}
