using Nestor.Syntax;

namespace Nestor.Rules.Engine;

/// <summary>Small questions rules ask of syntax: dotted names, decorator names, string values.</summary>
public static class SyntaxFacts
{
    /// <summary><c>this.logger.log</c> for a chain of identifiers, <c>this</c> and property accesses; null otherwise.</summary>
    public static string? DottedName(Node? expression) => expression switch
    {
        Identifier identifier => identifier.Text,
        KeywordExpression { Kind: SyntaxKind.ThisKeyword } => "this",
        PropertyAccessExpression access when access.Name is Identifier name && DottedName(access.Expression) is { } left => $"{left}.{name.Text}",
        PropertyAccessExpression access when access.Name is PrivateIdentifier && DottedName(access.Expression) is { } left => $"{left}.{access.Name}",
        ParenthesizedExpression parenthesized => DottedName(parenthesized.Expression),
        NonNullExpression nonNull => DottedName(nonNull.Expression),
        _ => null,
    };

    /// <summary>The last name of a callee: <c>find</c> for <c>this.model.find</c>.</summary>
    public static string? LastName(Node? expression) => expression switch
    {
        Identifier identifier => identifier.Text,
        PropertyAccessExpression { Name: Identifier name } => name.Text,
        ParenthesizedExpression parenthesized => LastName(parenthesized.Expression),
        _ => null,
    };

    /// <summary><c>Injectable</c> for both <c>@Injectable</c> and <c>@Injectable()</c>.</summary>
    public static string? DecoratorName(Decorator decorator) => decorator.Expression switch
    {
        CallExpression call => LastName(call.Expression),
        var other => LastName(other),
    };

    /// <summary>The value of a string literal or a template without substitutions.</summary>
    public static string? StringValue(Node? node) => node switch
    {
        StringLiteral literal => literal.Value,
        NoSubstitutionTemplateLiteral template => template.Value,
        _ => null,
    };

    /// <summary>The name of a property: identifier, string or numeric literal.</summary>
    public static string? PropertyName(Node? name) => name switch
    {
        Identifier identifier => identifier.Text,
        StringLiteral literal => literal.Value,
        _ => null,
    };

    /// <summary>The initializer of property <paramref name="name"/> in an object literal.</summary>
    public static Expression? Property(ObjectLiteralExpression literal, string name) =>
        literal.Properties.OfType<PropertyAssignment>().LastOrDefault(p => PropertyName(p.Name) == name)?.Initializer;

    /// <summary>
    /// Tests, fixtures, stories, load tests and scripts: code that never runs in the application.
    /// Recognised by a folder on the path or a marker in the file name.
    /// </summary>
    public static bool IsTestOrScript(string path)
    {
        // Rules ask this for many nodes of every file: no allocation.
        var rest = path.AsSpan();
        int slash;
        while ((slash = rest.IndexOf('/')) >= 0)
        {
            if (TestFolderLookup.Contains(rest[..slash]))
            {
                return true;
            }

            rest = rest[(slash + 1)..];
        }

        foreach (var marker in TestFileMarkers)
        {
            if (rest.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> TestFolders = new(StringComparer.Ordinal)
    {
        "test", "tests", "__tests__", "__mocks__", "e2e", "testing", "test-utils", "fixtures", "mocks",
        "scripts", "load-tests", "stories",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TestFolderLookup = TestFolders.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] TestFileMarkers =
        [".spec.", ".test.", ".e2e.", ".e2e-spec.", "-spec.", ".e2e-", ".stories.", ".mock.", ".mocks.", ".fixture.", ".fixtures.", ".k6."];
}
