namespace Nestor.Nest.Model;

/// <summary>
/// One entry of a module's <c>imports</c>: a module class, possibly through a dynamic-module call
/// (<c>ConfigModule.forRoot()</c>) that adds providers and exports of its own.
/// </summary>
public sealed record ModuleImport(string ModuleName, SourceLocation Location)
{
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
