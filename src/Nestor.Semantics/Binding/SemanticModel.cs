using System.Collections.Concurrent;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Semantics;

/// <summary>
/// Every source file of a workspace, parsed (in parallel) and bound across files: what each name
/// refers to through imports, re-exports, barrels and aliases; classes with their decorators,
/// constructor parameters and members; constant values of decorator arguments. The NestJS and
/// Mongoose models are built from this.
/// </summary>
public sealed class SemanticModel
{
    // Re-export chains longer than this are cut (reported as not found): recursion stays far from the stack's limit.
    private const int MaxHops = 1000;

    private readonly Dictionary<string, FileModel> _files;
    private readonly ConcurrentDictionary<(string Path, string Name), Symbol?> _exportCache = new();
    private readonly ConcurrentDictionary<(string Package, string Specifier, string Name), ExternalSymbol> _externals = new();
    private readonly ConcurrentDictionary<string, ModuleSymbol> _modules = new(StringComparer.Ordinal);
    private readonly string[] _ambientModules;

    private SemanticModel(Workspace workspace, IReadOnlyList<FileModel> files, List<Diagnostic> diagnostics)
    {
        Workspace = workspace;
        Files = files;
        _files = files.ToDictionary(file => file.Path, StringComparer.Ordinal);
        _ambientModules = files.SelectMany(file => file.AmbientModules).Distinct(StringComparer.Ordinal).ToArray();
        Diagnostics = diagnostics;
    }

    public Workspace Workspace { get; }

    /// <summary>The parsed and bound files, sorted by path.</summary>
    public IReadOnlyList<FileModel> Files { get; }

    /// <summary>Workspace diagnostics, unreadable files and binding problems (unresolved modules, missing exports), sorted by path and position. Syntax errors stay on each file's tree.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; }

    /// <summary>All module-level classes of the workspace, by file then position.</summary>
    public IEnumerable<ClassSymbol> Classes => Files.SelectMany(file => file.Classes);

    /// <summary>Parses every source file of <paramref name="workspace"/> in parallel and binds them.</summary>
    public static SemanticModel Build(Workspace workspace)
    {
        var diagnostics = new List<Diagnostic>(workspace.Diagnostics);
        var parsed = new FileModel?[workspace.SourceFiles.Count];
        var readErrors = new Diagnostic?[workspace.SourceFiles.Count];
        Parallel.For(0, workspace.SourceFiles.Count, index =>
        {
            var path = workspace.SourceFiles[index];
            try
            {
                var text = SourceText.FromBytes(path, workspace.FileSource.ReadAllBytes(path));
                var file = new FileModel(path, text, SyntaxTree.Parse(text, ParseOptions.ForPath(path)));
                DeclarationCollector.Collect(file, workspace.Resolver);
                parsed[index] = file;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                readErrors[index] = SemanticDiagnostics.UnreadableFile.Create(path, new TextSpan(0, 0), path, exception.Message);
            }
        });
        diagnostics.AddRange(readErrors.OfType<Diagnostic>());

        var model = new SemanticModel(workspace, parsed.OfType<FileModel>().ToList(), diagnostics);
        var bindingDiagnostics = new ConcurrentBag<Diagnostic>();
        Parallel.ForEach(model.Files, file =>
        {
            var binder = new ClassBinder(model, file);
            binder.BindAll();
            foreach (var diagnostic in model.CheckImports(file))
            {
                bindingDiagnostics.Add(diagnostic);
            }
        });
        diagnostics.AddRange(bindingDiagnostics);
        model.Diagnostics = diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        return model;
    }

    /// <summary>
    /// True when some workspace file declares the module <paramref name="specifier"/> with
    /// <c>declare module 'x' { }</c>, exactly or through a pattern with one <c>*</c> (<c>declare module '*.svg'</c>):
    /// TypeScript then accepts the import whether or not a file or package backs it.
    /// </summary>
    public bool IsAmbientModule(string specifier)
    {
        foreach (var declared in _ambientModules)
        {
            var star = declared.IndexOf('*', StringComparison.Ordinal);
            if (star < 0
                ? string.Equals(declared, specifier, StringComparison.Ordinal)
                : specifier.Length >= declared.Length - 1 && specifier.StartsWith(declared[..star], StringComparison.Ordinal) && specifier.EndsWith(declared[(star + 1)..], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public FileModel? GetFile(string path) => _files.GetValueOrDefault(path) ?? _files.GetValueOrDefault(WorkspacePath.Normalize(path));

    /// <summary>What <paramref name="name"/> means at module level in <paramref name="file"/>: a declaration of the file, or what its import leads to. Null for globals and unknown names.</summary>
    public Symbol? ResolveName(FileModel file, string name) => ResolveName(file, name, []);

    public Symbol? ResolveName(string path, string name) => GetFile(path) is { } file ? ResolveName(file, name) : null;

    /// <summary>
    /// What the identifier <paramref name="reference"/> of <paramref name="file"/> refers to where it
    /// is written: a parameter or local declaration that shadows the module-level name
    /// (<see cref="LocalSymbol"/>), else a declaration of the file or what its import leads to.
    /// </summary>
    public Symbol? ResolveName(FileModel file, Identifier reference) =>
        (Symbol?)LocalScopes.Find(file, reference, reference.Text, typeMeaning: false) ?? ResolveName(file, reference.Text);

    /// <summary>The local declaration a name has at <paramref name="at"/> (a parameter, a local variable or class), or null when the name is module-level there.</summary>
    public LocalSymbol? FindLocal(FileModel file, Node at, string name) => LocalScopes.Find(file, at, name, typeMeaning: false);

    /// <summary>The class <paramref name="name"/> refers to in <paramref name="path"/>, following imports and re-exports.</summary>
    public ClassSymbol? ResolveClass(string path, string name) => ResolveName(path, name) as ClassSymbol;

    /// <summary>Where an import leads: a declaration, a whole module, or an external package's export; null when it leads nowhere.</summary>
    public Symbol? ResolveImport(ImportBinding binding) => ResolveImport(binding, []);

    /// <summary>What <paramref name="path"/> exports as <paramref name="exportName"/>, through re-exports and <c>export *</c> chains (cycle-safe).</summary>
    public Symbol? ResolveExport(string path, string exportName) =>
        _exportCache.GetOrAdd((path, exportName), key => ResolveExport(key.Path, key.Name, []));

    /// <summary>Every name <paramref name="path"/> exports, including those from <c>export *</c> (never <c>default</c> from those, as in ECMAScript).</summary>
    public IReadOnlyCollection<string> GetExportNames(string path)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        CollectExportNames(path, names, [], isRoot: true);
        return names;
    }

    /// <summary>True when <paramref name="localName"/> is imported in <paramref name="path"/> with <c>import type</c> or <c>import { type X }</c>: it has no value at run time.</summary>
    public bool IsTypeOnlyImport(string path, string localName) => GetFile(path)?.GetImport(localName)?.IsTypeOnly == true;

    /// <summary>The value of an expression of <paramref name="file"/>, as far as it is known statically.</summary>
    public ConstantValue Evaluate(FileModel file, Expression expression) => new ConstantEvaluator(this).Evaluate(file, expression);

    /// <summary>A type as written in <paramref name="file"/>, with its name resolved.</summary>
    public DeclaredType ResolveType(FileModel file, TypeNode type) => TypeResolver.Resolve(this, file, type);

    internal ExternalSymbol External(string packageName, string specifier, string exportName) =>
        _externals.GetOrAdd((packageName, specifier, exportName), key => new ExternalSymbol(key.Package, key.Specifier, key.Name));

    private ModuleSymbol Module(string name, string path) => _modules.GetOrAdd(path, key => new ModuleSymbol(name, key));

    private Symbol? ResolveName(FileModel file, string name, HashSet<(string, string)> visited)
    {
        if (file.GetDeclaration(name) is { } declaration)
        {
            return declaration;
        }

        return file.GetImport(name) is { } binding ? ResolveImport(binding, visited) : null;
    }

    private Symbol? ResolveImport(ImportBinding binding, HashSet<(string, string)> visited)
    {
        var module = binding.Module;
        switch (module.Kind)
        {
            case ModuleResolutionKind.External:
                var exportName = binding.Kind switch
                {
                    ImportKind.Namespace or ImportKind.Require => "*",
                    ImportKind.Default => "default",
                    _ => binding.ImportedName,
                };
                return External(module.PackageName!, module.Specifier, exportName);
            case ModuleResolutionKind.File when binding.Kind == ImportKind.Namespace:
                return Module(binding.LocalName, module.Path!);
            case ModuleResolutionKind.File when binding.Kind == ImportKind.Require:
                return Export(module.Path!, "export=", visited) ?? Module(binding.LocalName, module.Path!);
            case ModuleResolutionKind.File when binding.Kind == ImportKind.Default:
                // With esModuleInterop a default import of an `export =` module is that value.
                return Export(module.Path!, "default", visited) ?? Export(module.Path!, "export=", visited);
            case ModuleResolutionKind.File:
                return Export(module.Path!, binding.ImportedName, visited);
            default:
                return null;
        }
    }

    // A lookup that starts fresh can use (and fill) the cache; one inside a chain must carry its visited set.
    private Symbol? Export(string path, string name, HashSet<(string, string)> visited) =>
        visited.Count == 0 ? ResolveExport(path, name) : ResolveExport(path, name, visited);

    private Symbol? ResolveExport(string path, string name, HashSet<(string, string)> visited)
    {
        if (visited.Count >= MaxHops || !visited.Add((path, name)) || GetFile(path) is not { } file)
        {
            return null;
        }

        if (file.Exports.TryGetValue(name, out var entry))
        {
            return entry.Kind switch
            {
                ExportKind.Local => ResolveName(file, entry.LocalName!, visited),
                ExportKind.ReExport => entry.Module!.Kind switch
                {
                    ModuleResolutionKind.File => ResolveExport(entry.Module.Path!, entry.ImportedName!, visited),
                    ModuleResolutionKind.External => External(entry.Module.PackageName!, entry.Module.Specifier, entry.ImportedName!),
                    _ => null,
                },
                _ => entry.Module!.Kind switch
                {
                    ModuleResolutionKind.File => Module(name, entry.Module.Path!),
                    ModuleResolutionKind.External => External(entry.Module.PackageName!, entry.Module.Specifier, "*"),
                    _ => null,
                },
            };
        }

        if (name == "default")
        {
            return null;
        }

        foreach (var (module, _) in file.StarExports)
        {
            if (module.Kind == ModuleResolutionKind.File && ResolveExport(module.Path!, name, visited) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private void CollectExportNames(string path, SortedSet<string> names, HashSet<string> visited, bool isRoot)
    {
        if (visited.Count >= MaxHops || !visited.Add(path) || GetFile(path) is not { } file)
        {
            return;
        }

        foreach (var name in file.Exports.Keys)
        {
            if (isRoot || name is not ("default" or "export="))
            {
                names.Add(name);
            }
        }

        foreach (var (module, _) in file.StarExports)
        {
            if (module.Kind == ModuleResolutionKind.File)
            {
                CollectExportNames(module.Path!, names, visited, isRoot: false);
            }
        }
    }

    /// <summary>True when some <c>export *</c> reachable from <paramref name="path"/> leads outside the workspace, so its names cannot all be known.</summary>
    private bool HasOpaqueStarExports(string path, HashSet<string> visited)
    {
        if (visited.Count >= MaxHops)
        {
            return true;
        }

        if (!visited.Add(path) || GetFile(path) is not { } file)
        {
            return false;
        }

        return file.StarExports.Any(star => star.Module.Kind != ModuleResolutionKind.File || HasOpaqueStarExports(star.Module.Path!, visited));
    }

    private IEnumerable<Diagnostic> CheckImports(FileModel file)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var modules = file.Imports.Select(binding => binding.Module)
            .Concat(file.StarExports.Select(star => star.Module))
            .Concat(file.Exports.Values.Select(entry => entry.Module).OfType<ModuleResolution>())
            .Concat(file.SideEffectImports);
        foreach (var module in modules)
        {
            if (module.Kind == ModuleResolutionKind.Unresolved && !IsAmbientModule(module.Specifier) && reported.Add(module.Specifier))
            {
                yield return SemanticDiagnostics.UnresolvedModule.Create(file.Path, SpecifierSpan(file, module.Specifier), module.Specifier);
            }
        }

        foreach (var binding in file.Imports)
        {
            if (binding.Module.Kind != ModuleResolutionKind.File || binding.Kind is ImportKind.Namespace or ImportKind.Require)
            {
                continue;
            }

            if (ResolveImport(binding) is null
                && GetFile(binding.Module.Path!) is { } target
                && !target.Exports.ContainsKey("export=")
                && !IsJavaScript(target.Path)
                && !HasOpaqueStarExports(binding.Module.Path!, []))
            {
                yield return SemanticDiagnostics.MissingExport.Create(file.Path, binding.Span, binding.Specifier, binding.ImportedName);
            }
        }
    }

    // CommonJS exports (module.exports, exports.x) are not modelled, so JavaScript modules are not checked.
    private static bool IsJavaScript(string path) =>
        path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".cjs", StringComparison.Ordinal)
        || path.EndsWith(".mjs", StringComparison.Ordinal) || path.EndsWith(".jsx", StringComparison.Ordinal);

    private static TextSpan SpecifierSpan(FileModel file, string specifier)
    {
        foreach (var quote in new[] { '\'', '"' })
        {
            var at = file.Text.Content.IndexOf(quote + specifier + quote, StringComparison.Ordinal);
            if (at >= 0)
            {
                return new TextSpan(at, specifier.Length + 2);
            }
        }

        return new TextSpan(0, 0);
    }
}
