using System.Collections.ObjectModel;
using Nestor.Text;

namespace Nestor.Syntax;

/// <summary>One parsed file: its text, the tree, the syntax errors and the comments.</summary>
public sealed class SyntaxTree
{
    private ReadOnlyCollection<Node>? _descendants;

    internal SyntaxTree(SourceText text, ParseOptions options, SourceFile root, IReadOnlyList<Diagnostic> diagnostics, CommentTable comments)
    {
        Text = text;
        Options = options;
        Root = root;
        Diagnostics = diagnostics;
        Comments = comments;
    }

    public SourceText Text { get; }

    public ParseOptions Options { get; }

    public SourceFile Root { get; }

    /// <summary>Syntax errors (codes NST1xxx, severity Error), in the order they were found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public CommentTable Comments { get; }

    /// <summary>Parses any text; never throws. The options default to those of the text's path.</summary>
    public static SyntaxTree Parse(SourceText text, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parser.Parse(text, options ?? ParseOptions.ForPath(text.Path));
    }

    /// <summary>The node that contains <paramref name="node"/>; null for the root. O(1).</summary>
    public Node? GetParent(Node node) => node.Parent;

    /// <summary>
    /// Every node below the root, in pre-order (document order). The list is built on the first
    /// call and kept: a review walks each file once per rule that looks at it, and the walk
    /// (a virtual call and a list per node) costs more than reading the list it produces.
    /// </summary>
    public IReadOnlyList<Node> DescendantNodes()
    {
        if (Volatile.Read(ref _descendants) is { } known)
        {
            return known;
        }

        // Two threads may build it at once; both lists are equal, so the first one stored is kept.
        var built = CollectDescendants();
        return Interlocked.CompareExchange(ref _descendants, built, null) ?? built;
    }

    private ReadOnlyCollection<Node> CollectDescendants() => Root.DescendantNodes().ToList().AsReadOnly();

    /// <summary>The innermost node whose span contains <paramref name="position"/>.</summary>
    public Node FindNode(int position)
    {
        Node current = Root;
        var children = new List<Node>();
        while (true)
        {
            children.Clear();
            current.AddChildren(children);
            var next = children.FirstOrDefault(child => child.Span.Start <= position && position < child.Span.End);
            if (next is null)
            {
                return current;
            }

            current = next;
        }
    }
}
