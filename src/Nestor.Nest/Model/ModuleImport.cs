namespace Nestor.Nest.Model;

/// <summary>
/// One entry of a module's <c>imports</c>: a module class, possibly through a dynamic-module call
/// (<c>ConfigModule.forRoot()</c>) that adds providers and exports of its own.
/// </summary>
public sealed record ModuleImport(string ModuleName, SourceLocation Location)
{
    /// <summary>The file declaring the module class, when it is a workspace class; null for package modules and unresolved names.</summary>
    public string? ModulePath { get; init; }

    /// <summary>The binder resolved the module to a package outside the workspace: never one of the project's modules, whatever its name.</summary>
    public bool IsExternal { get; init; }

    /// <summary>The package the module comes from, when the binder resolved it outside the workspace (<c>@nestjs-modules/mailer</c>).</summary>
    public string? Package { get; init; }

    /// <summary>Wrapped in <c>forwardRef(() =&gt; X)</c>.</summary>
    public bool IsForwardRef { get; init; }

    /// <summary>The static method called (<c>forRoot</c>, <c>forFeature</c>, <c>register</c>...), if any.</summary>
    public string? DynamicMethod { get; init; }

    /// <summary>Providers the dynamic-module call adds.</summary>
    public IReadOnlyList<ProviderDefinition> DynamicProviders { get; init; } = [];

    /// <summary>Tokens the dynamic-module call exports.</summary>
    public IReadOnlyList<ProviderToken> DynamicExports { get; init; } = [];

    /// <summary>Modules the dynamic-module call imports in turn (and may re-export).</summary>
    public IReadOnlyList<ModuleImport> DynamicImports { get; init; } = [];

    /// <summary>The call returns a global module (<c>isGlobal: true</c>, <c>global: true</c>, or a global package module).</summary>
    public bool IsGlobal { get; init; }

    /// <summary>The import could not be understood (a spread, a variable): scope checks stay silent for its module.</summary>
    public bool IsOpaque { get; init; }

    public string DisplayName => DynamicMethod is null ? ModuleName : $"{ModuleName}.{DynamicMethod}()";
}
