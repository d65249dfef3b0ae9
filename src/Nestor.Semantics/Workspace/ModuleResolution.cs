namespace Nestor.Semantics;

public enum ModuleResolutionKind
{
    /// <summary>A source file of the workspace.</summary>
    File,

    /// <summary>A package outside the workspace (node_modules, Node built-ins): known by name only.</summary>
    External,

    /// <summary>A relative path or alias that names no file of the workspace.</summary>
    Unresolved,
}

/// <summary>Where an import specifier leads.</summary>
public sealed record ModuleResolution(ModuleResolutionKind Kind, string Specifier, string? Path, string? PackageName)
{
    public static ModuleResolution ToFile(string specifier, string path) => new(ModuleResolutionKind.File, specifier, path, null);

    public static ModuleResolution ToExternal(string specifier, string packageName) => new(ModuleResolutionKind.External, specifier, null, packageName);

    public static ModuleResolution NotFound(string specifier) => new(ModuleResolutionKind.Unresolved, specifier, null, null);
}
