using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Engine;

/// <summary>
/// One source file under review. <see cref="Path"/> is relative to the project root, with '/'.
/// The tree is parsed on first use, on whichever thread asks first, unless the project model
/// already parsed it.
/// </summary>
public sealed class ReviewFile
{
    private readonly Lazy<SyntaxTree> _tree;

    public ReviewFile(string path, SourceText text)
    {
        Path = path;
        Text = text;
        _tree = new Lazy<SyntaxTree>(() => SyntaxTree.Parse(text), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ReviewFile(string path, SourceText text, SyntaxTree tree)
    {
        Path = path;
        Text = text;
        _tree = new Lazy<SyntaxTree>(tree);
    }

    public string Path { get; }

    public SourceText Text { get; }

    public SyntaxTree Tree => _tree.Value;

    /// <summary>
    /// Whether the nearest package.json depends on NestJS: false for a monorepo's CLI, front end or
    /// plain library, where Nest's advice (its Logger) does not apply; null when no manifest says.
    /// </summary>
    public bool? InNestPackage { get; init; }
}
