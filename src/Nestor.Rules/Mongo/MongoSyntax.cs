using Nestor.Rules.Engine;
using Nestor.Syntax;

namespace Nestor.Rules.Mongo;

/// <summary>Small syntax questions shared by the MongoDB rules.</summary>
internal static class MongoSyntax
{
    /// <summary><paramref name="root"/> and every node below it, in document order.</summary>
    public static IEnumerable<Node> Descendants(Node root)
    {
        var stack = new Stack<Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            Push(node);
        }

        void Push(Node parent)
        {
            var children = parent.Children().ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    /// <summary><c>(field, method)</c> for <c>this.field.method(...)</c>; <c>(null, method)</c> for <c>this.method(...)</c>; null otherwise.</summary>
    public static (string? Field, string Method)? ThisCall(CallExpression call)
    {
        if (call.Expression is not PropertyAccessExpression { Name: Identifier method } access)
        {
            return null;
        }

        return ExpressionWrappers.Strip(access.Expression) switch
        {
            KeywordExpression { Kind: SyntaxKind.ThisKeyword } => (null, method.Text),
            PropertyAccessExpression { Expression: var inner, Name: Identifier field } when ExpressionWrappers.Strip(inner) is KeywordExpression { Kind: SyntaxKind.ThisKeyword } => (field.Text, method.Text),
            _ => null,
        };
    }

    /// <summary>The method names chained after <paramref name="call"/>: <c>sort</c>, <c>skip</c>, <c>exec</c> for <c>m.find().sort().skip().exec()</c>.</summary>
    public static IEnumerable<string> ChainedMethods(SyntaxTree tree, CallExpression call)
    {
        Node current = call;
        while (tree.GetParent(current) is PropertyAccessExpression { Name: Identifier name } access && access.Expression == current && tree.GetParent(access) is CallExpression chained)
        {
            yield return name.Text;
            current = chained;
        }
    }

    /// <summary>True when an object literal anywhere in <paramref name="node"/> has a key named <paramref name="key"/>.</summary>
    public static bool HasKey(Node node, string key) =>
        Descendants(node).Any(n => n is PropertyAssignment property && SyntaxFacts.PropertyName(property.Name) == key);

    /// <summary>
    /// Code that runs once rather than per request: tests and scripts, migrations and seeders
    /// (<c>src/migrations/</c>, <c>src/database/seeds/</c>, <c>*.seed.ts</c>, <c>*.migration.ts</c>).
    /// </summary>
    public static bool IsOneOff(string path) =>
        SyntaxFacts.IsTestOrScript(path)
        || path.Split('/').SkipLast(1).Any(folder => folder is "migrations" or "migration" or "seeds" or "seeders" or "seeder" or "seed" or "fixtures")
        || path.EndsWith(".seed.ts", StringComparison.Ordinal) || path.EndsWith(".seeder.ts", StringComparison.Ordinal) || path.EndsWith(".migration.ts", StringComparison.Ordinal);

    /// <summary>The nearest enclosing class declaration.</summary>
    public static ClassDeclaration? EnclosingClass(SyntaxTree tree, Node node)
    {
        for (var current = tree.GetParent(node); current is not null; current = tree.GetParent(current))
        {
            if (current is ClassDeclaration declaration)
            {
                return declaration;
            }
        }

        return null;
    }
}
