using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Semantics;

/// <summary>
/// One source file, parsed and bound: its module-level declarations, the names it imports and
/// where they come from, and what it exports. Cross-file questions go to <see cref="SemanticModel"/>.
/// </summary>
public sealed class FileModel
{
    // When a name is declared more than once (class + interface merging, overloads), the value wins.
    private static readonly SymbolKind[] Priority =
        [SymbolKind.Class, SymbolKind.Enum, SymbolKind.Function, SymbolKind.Variable, SymbolKind.Namespace, SymbolKind.Interface, SymbolKind.TypeAlias];

    internal const string AnonymousDefault = "*default*";

    private readonly Dictionary<string, List<DeclarationSymbol>> _declarations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportBinding> _imports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExportEntry> _exports = new(StringComparer.Ordinal);
    private readonly List<ImportBinding> _importList = [];
    private readonly List<(ModuleResolution Module, TextSpan Span)> _starExports = [];
    private readonly List<ClassSymbol> _classes = [];
    private readonly List<ModuleResolution> _sideEffectImports = [];
    private readonly List<string> _ambientModules = [];

    internal FileModel(string path, SourceText text, SyntaxTree tree)
    {
        Path = path;
        Text = text;
        Tree = tree;
    }

    public string Path { get; }

    public SourceText Text { get; }

    public SyntaxTree Tree { get; }

    /// <summary>Module-level declarations, in source order (every declaration of a merged name).</summary>
    public IEnumerable<DeclarationSymbol> Declarations => _declarations.Values.SelectMany(list => list).OrderBy(symbol => symbol.Declaration.Span.Start);

    /// <summary>The classes declared at module level, in source order.</summary>
    public IReadOnlyList<ClassSymbol> Classes => _classes;

    /// <summary>Every imported name, in source order.</summary>
    public IReadOnlyList<ImportBinding> Imports => _importList;

    /// <summary><c>import './polyfill'</c>: modules imported for their effects only.</summary>
    public IReadOnlyList<ModuleResolution> SideEffectImports => _sideEffectImports;

    /// <summary>The explicitly exported names (<c>export =</c> appears as <c>export=</c>).</summary>
    public IReadOnlyDictionary<string, ExportEntry> Exports => _exports;

    /// <summary>Module names declared or augmented by <c>declare module 'x' { }</c> in this file (<c>*.svg</c> patterns included).</summary>
    public IReadOnlyList<string> AmbientModules => _ambientModules;

    /// <summary>The modules re-exported whole by <c>export * from</c>, in source order.</summary>
    public IReadOnlyList<(ModuleResolution Module, TextSpan Span)> StarExports => _starExports;

    /// <summary>The declaration of <paramref name="name"/> in this file; with merged declarations, the value (class, enum, function, variable) wins.</summary>
    public DeclarationSymbol? GetDeclaration(string name)
    {
        if (!_declarations.TryGetValue(name, out var list))
        {
            return null;
        }

        return list.Count == 1 ? list[0] : list.OrderBy(symbol => Array.IndexOf(Priority, symbol.Kind)).First();
    }

    /// <summary>All declarations of <paramref name="name"/> (more than one when declarations merge).</summary>
    public IReadOnlyList<DeclarationSymbol> GetDeclarations(string name) => _declarations.TryGetValue(name, out var list) ? list : [];

    public ImportBinding? GetImport(string localName) => _imports.GetValueOrDefault(localName);

    public override string ToString() => Path;

    internal void Declare(string name, DeclarationSymbol symbol)
    {
        if (!_declarations.TryGetValue(name, out var list))
        {
            list = [];
            _declarations[name] = list;
        }

        list.Add(symbol);
        if (symbol is ClassSymbol classSymbol)
        {
            _classes.Add(classSymbol);
        }
    }

    internal void AddImport(ImportBinding binding)
    {
        _importList.Add(binding);
        _imports.TryAdd(binding.LocalName, binding);
    }

    internal void AddSideEffectImport(ModuleResolution module) => _sideEffectImports.Add(module);

    internal void AddAmbientModule(string name) => _ambientModules.Add(name);

    internal void AddExport(ExportEntry entry) => _exports[entry.ExportedName] = entry;

    internal void AddStarExport(ModuleResolution module, TextSpan span) => _starExports.Add((module, span));
}
