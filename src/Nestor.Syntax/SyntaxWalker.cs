namespace Nestor.Syntax;

/// <summary>
/// Visits a tree in pre-order. Override the Visit methods of interest and call the base method
/// to keep descending. Nesting beyond <see cref="MaxDepth"/> is not visited, so that a walker can
/// never overflow the stack whatever the input.
/// </summary>
public abstract class SyntaxWalker : SyntaxVisitor
{
    private int _depth;

    protected SyntaxWalker(int maxDepth = 4000)
    {
        MaxDepth = maxDepth;
    }

    public int MaxDepth { get; }

    public override void Visit(Node node)
    {
        if (_depth >= MaxDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return;
        }

        _depth++;
        node.Accept(this);
        _depth--;
    }

    public override void DefaultVisit(Node node)
    {
        foreach (var child in node.Children())
        {
            Visit(child);
        }
    }
}
