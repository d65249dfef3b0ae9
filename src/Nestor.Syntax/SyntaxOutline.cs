namespace Nestor.Syntax;

/// <summary>One outline line: a TypeScript node kind name and its TypeScript <c>getStart()</c> and <c>end</c>.</summary>
public readonly record struct OutlineEntry(string Kind, int Start, int End);

/// <summary>
/// The contract with the conformance tool: the declarations, calls and functions of a file, in
/// pre-order, with the kind names and positions that TypeScript's own parser gives them.
/// </summary>
public static class SyntaxOutline
{
    private static readonly HashSet<SyntaxKind> Listed =
    [
        SyntaxKind.ImportDeclaration, SyntaxKind.ImportEqualsDeclaration, SyntaxKind.ExportDeclaration, SyntaxKind.ExportAssignment,
        SyntaxKind.ClassDeclaration, SyntaxKind.InterfaceDeclaration, SyntaxKind.EnumDeclaration, SyntaxKind.TypeAliasDeclaration,
        SyntaxKind.FunctionDeclaration, SyntaxKind.MethodDeclaration, SyntaxKind.PropertyDeclaration, SyntaxKind.Parameter,
        SyntaxKind.Decorator, SyntaxKind.CallExpression, SyntaxKind.NewExpression, SyntaxKind.ArrowFunction,
    ];

    public static IReadOnlyList<OutlineEntry> Create(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var entries = new List<OutlineEntry>();
        foreach (var node in tree.DescendantNodes())
        {
            if (Listed.Contains(node.Kind))
            {
                entries.Add(new OutlineEntry(node.Kind.GetName(), node.Span.Start, node.Span.End));
            }
        }

        // Pre-order already; the stable sort only settles nodes whose children were listed out of source order.
        return entries.OrderBy(entry => entry.Start).ThenByDescending(entry => entry.End).ToArray();
    }
}
