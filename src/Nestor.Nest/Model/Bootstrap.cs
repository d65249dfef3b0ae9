namespace Nestor.Nest.Model;

/// <summary>What the bootstrap function (usually in main.ts) does to the application.</summary>
public sealed record Bootstrap(string RootModule, SourceLocation Location)
{
    /// <summary>The file declaring <see cref="RootModule"/>, when the binder resolved it.</summary>
    public string? RootModulePath { get; init; }

    /// <summary><c>app.setGlobalPrefix('api')</c>.</summary>
    public string? GlobalPrefix { get; init; }

    /// <summary><c>app.enableVersioning({ type })</c>: URI, HEADER, MEDIA_TYPE or CUSTOM; null when not enabled.</summary>
    public string? VersioningType { get; init; }

    /// <summary>The <c>defaultVersion</c> given to <c>enableVersioning</c>.</summary>
    public string? DefaultVersion { get; init; }

    /// <summary>The URI versioning prefix (<c>v</c> unless <c>prefix</c> is given).</summary>
    public string VersionPrefix { get; init; } = "v";

    public IReadOnlyList<string> GlobalPipes { get; init; } = [];

    public IReadOnlyList<string> GlobalGuards { get; init; } = [];

    public IReadOnlyList<string> GlobalInterceptors { get; init; } = [];

    public IReadOnlyList<string> GlobalFilters { get; init; } = [];

    /// <summary><c>app.enableCors(...)</c> or <c>NestFactory.create(M, { cors })</c>.</summary>
    public bool CorsEnabled { get; init; }

    /// <summary>The options text given to <c>enableCors</c>, as written.</summary>
    public string? CorsOptions { get; init; }

    /// <summary><c>app.use(helmet())</c>.</summary>
    public bool UsesHelmet { get; init; }

    /// <summary>express (the default) or fastify, from the adapter passed to <c>NestFactory.create</c>.</summary>
    public string Platform { get; init; } = "express";
}
