using System.Collections.Concurrent;

namespace Nestor.Semantics;

/// <summary>
/// Resolves import specifiers to workspace files the way tsc does for NestJS projects: relative
/// paths with extension probing (<c>.js</c> written for <c>.ts</c> included) and <c>index</c> files,
/// the owning tsconfig's <c>paths</c> (longest prefix first, targets in order) and <c>baseUrl</c>,
/// then workspace packages by name. Anything else is an external package, known by name only:
/// node_modules is never read. Thread-safe; results are cached.
/// </summary>
public sealed class ModuleResolver
{
    private static readonly string[] ProbeExtensions = [".ts", ".tsx", ".d.ts", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
    private static readonly (string Written, string[] Sources)[] OutputToSource =
    [
        (".js", [".ts", ".tsx", ".d.ts"]),
        (".jsx", [".tsx"]),
        (".mjs", [".mts", ".d.mts"]),
        (".cjs", [".cts", ".d.cts"]),
    ];

    private readonly Workspace _workspace;
    private readonly ConcurrentDictionary<(string Folder, string Specifier), ModuleResolution> _relative = new();
    private readonly ConcurrentDictionary<(TsConfig? Config, string Specifier), ModuleResolution> _bare = new();

    internal ModuleResolver(Workspace workspace) => _workspace = workspace;

    public ModuleResolution Resolve(string fromFile, string specifier)
    {
        if (specifier.Length == 0)
        {
            return ModuleResolution.NotFound(specifier);
        }

        if (specifier.StartsWith("./", StringComparison.Ordinal) || specifier.StartsWith("../", StringComparison.Ordinal)
            || specifier is "." or ".." || specifier.StartsWith('/'))
        {
            var folder = WorkspacePath.GetDirectory(fromFile) ?? "/";
            return _relative.GetOrAdd((folder, specifier), key =>
                ProbePath(WorkspacePath.Combine(key.Folder, key.Specifier)) is { } file
                    ? ModuleResolution.ToFile(key.Specifier, file)
                    : ModuleResolution.NotFound(key.Specifier));
        }

        var config = _workspace.GetTsConfig(fromFile);
        return _bare.GetOrAdd((config, specifier), key => ResolveBare(key.Config, key.Specifier));
    }

    /// <summary>The package a bare specifier names: <c>@scope/name</c> or <c>name</c>, without the subpath.</summary>
    public static string PackageNameOf(string specifier)
    {
        if (specifier.StartsWith("node:", StringComparison.Ordinal))
        {
            return specifier;
        }

        var parts = specifier.Split('/');
        return specifier.StartsWith('@') && parts.Length > 1 ? parts[0] + "/" + parts[1] : parts[0];
    }

    private ModuleResolution ResolveBare(TsConfig? config, string specifier)
    {
        if (config is not null)
        {
            foreach (var mapping in config.Options.Paths.OrderByDescending(m => m.Prefix.Length))
            {
                if (mapping.Match(specifier) is not { } star)
                {
                    continue;
                }

                foreach (var target in mapping.Targets)
                {
                    if (ProbePath(target.Replace("*", star, StringComparison.Ordinal)) is { } file)
                    {
                        return ModuleResolution.ToFile(specifier, file);
                    }
                }
            }

            if (config.Options.BaseUrl is { } baseUrl && ProbePath(WorkspacePath.Combine(baseUrl, specifier)) is { } underBase)
            {
                return ModuleResolution.ToFile(specifier, underBase);
            }
        }

        var packageName = PackageNameOf(specifier);
        if (_workspace.FindPackage(packageName) is { } package && ResolveInPackage(package, specifier[packageName.Length..]) is { } entry)
        {
            return ModuleResolution.ToFile(specifier, entry);
        }

        return ModuleResolution.ToExternal(specifier, packageName);
    }

    private string? ResolveInPackage(PackageJson package, string rest)
    {
        var subpath = rest.Length == 0 ? "." : "." + rest;
        if (package.ResolveExport(subpath) is { } exported && ProbeOutput(WorkspacePath.Combine(package.Directory, exported)) is { } viaExports)
        {
            return viaExports;
        }

        if (subpath == ".")
        {
            foreach (var entry in new[] { package.Types, package.Main }.OfType<string>())
            {
                if (ProbeOutput(WorkspacePath.Combine(package.Directory, entry)) is { } file)
                {
                    return file;
                }
            }

            return ProbePath(package.Directory + "/src/index") ?? ProbePath(package.Directory + "/index");
        }

        return ProbePath(WorkspacePath.Combine(package.Directory, subpath)) ?? ProbePath(WorkspacePath.Combine(package.Directory, "src/" + rest.TrimStart('/')));
    }

    /// <summary>
    /// Entry points usually name build output (<c>dist/index.js</c>) that the workspace walk skips;
    /// the source beside it (<c>src/index.ts</c>) is what the build was made from.
    /// </summary>
    private string? ProbeOutput(string path)
    {
        if (ProbePath(path) is { } direct)
        {
            return direct;
        }

        foreach (var output in new[] { "/dist/", "/build/", "/lib/", "/out/" })
        {
            var at = path.LastIndexOf(output, StringComparison.Ordinal);
            if (at >= 0 && ProbePath(path[..at] + "/src/" + path[(at + output.Length)..]) is { } source)
            {
                return source;
            }
        }

        return null;
    }

    private string? ProbePath(string path)
    {
        foreach (var (written, sources) in OutputToSource)
        {
            if (path.EndsWith(written, StringComparison.Ordinal))
            {
                var stem = path[..^written.Length];
                foreach (var source in sources)
                {
                    if (_workspace.HasSourceFile(stem + source))
                    {
                        return stem + source;
                    }
                }
            }
        }

        if (_workspace.HasSourceFile(path))
        {
            return path;
        }

        foreach (var extension in ProbeExtensions)
        {
            if (_workspace.HasSourceFile(path + extension))
            {
                return path + extension;
            }
        }

        foreach (var extension in ProbeExtensions)
        {
            if (_workspace.HasSourceFile(path + "/index" + extension))
            {
                return path + "/index" + extension;
            }
        }

        return null;
    }
}
