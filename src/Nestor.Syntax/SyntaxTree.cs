using Nestor.Text;

namespace Nestor.Syntax;

/// <summary>One parsed file: its text, the tree, the syntax errors and the comments.</summary>
public sealed class SyntaxTree
{
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

    /// <summary>Every node below the root, in pre-order (document order).</summary>
    public IEnumerable<Node> DescendantNodes()
    {
        var stack = new Stack<Node>();
        var children = new List<Node>();
        PushChildren(Root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            PushChildren(node);
        }

        void PushChildren(Node parent)
        {
            children.Clear();
            parent.AddChildren(children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

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
