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

    public static bool IsTestOrScript(string path) =>
        path.Contains(".spec.", StringComparison.Ordinal) || path.Contains(".test.", StringComparison.Ordinal) || path.Contains(".e2e-spec.", StringComparison.Ordinal)
        || path.StartsWith("test/", StringComparison.Ordinal) || path.StartsWith("tests/", StringComparison.Ordinal) || path.Contains("/test/", StringComparison.Ordinal)
        || path.Contains("/__tests__/", StringComparison.Ordinal) || path.StartsWith("scripts/", StringComparison.Ordinal) || path.Contains("/scripts/", StringComparison.Ordinal);
}
