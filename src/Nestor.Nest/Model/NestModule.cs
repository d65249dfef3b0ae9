namespace Nestor.Nest.Model;

/// <summary>One export of a module: a token, or (when <see cref="IsModule"/>) a whole imported module.</summary>
public sealed record ModuleExport(ProviderToken Token, SourceLocation Location)
{
    /// <summary>The export names a module class: all of that module's exports are re-exported.</summary>
    public bool IsModule { get; init; }
}

/// <summary>A class decorated with <c>@Module()</c>, or a package's module the project imports.</summary>
public sealed record NestModule(string Name, SourceLocation Location)
{
    public bool IsGlobal { get; init; }

    /// <summary>A module that ships in a package (ConfigModule, MongooseModule...), modelled from the known-package table.</summary>
    public bool IsPackage { get; init; }

    public IReadOnlyList<ModuleImport> Imports { get; init; } = [];

    public IReadOnlyList<ProviderDefinition> Providers { get; init; } = [];

    public IReadOnlyList<string> Controllers { get; init; } = [];

    public IReadOnlyList<SourceLocation> ControllerLocations { get; init; } = [];

    /// <summary>For each of <see cref="Controllers"/>, the file declaring it (null when not resolved to a workspace class).</summary>
    public IReadOnlyList<string?> ControllerPaths { get; init; } = [];

    /// <summary>The module class's declaration: its file and name. Monorepos often hold several modules of one name.</summary>
    public ClassId Id => new(Location.Path, Name);

    public IReadOnlyList<ModuleExport> Exports { get; init; } = [];

    /// <summary>Some metadata could not be read (spreads, variables): missing-provider checks stay silent here.</summary>
    public bool HasOpaqueMetadata { get; init; }
}
