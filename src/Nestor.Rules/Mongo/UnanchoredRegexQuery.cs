using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Mongo;

/// <summary>Regular-expression filters that cannot use an index: no <c>^</c> anchor, or case-insensitive.</summary>
public sealed class UnanchoredRegexQuery : FileRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST5003", "unanchored-regex-query", "Regex filters that cannot use an index", "Mongo", DiagnosticSeverity.Warning,
        "Database queries use indexes and avoid N+1 problems",
        """
        ## What it does

        Reports a regular expression used as a filter value, in a `$regex` operator anywhere or as
        a field's value in the filter of a Mongoose query (`find`, `findOne`, `countDocuments`,
        `updateMany`...), when it does not start with `^` or carries the `i` flag.

        ## Why is this bad

        MongoDB can use an index for a regex only when it is a case-sensitive prefix match
        (`/^abc/`). Anything else scans every key of the index, or every document.

        ## Examples

        Incorrect:

        ```ts
        this.productModel.find({ name: /phone/i });
        ```

        Correct:

        ```ts
        this.productModel.find({ name: /^phone/ });
        ```

        ## Options

        None.

        ## When not to use

        On small collections, or when a text index (`$text`) or an Atlas Search index is used
        instead.
        """)
    {
        Recognisers = [@"\bregex\b.*\b(index|anchor)", @"\banchored\b"],
    };

    private static readonly HashSet<string> QueryMethods = new(StringComparer.Ordinal)
    {
        "find", "findOne", "findOneAndUpdate", "findOneAndDelete", "findOneAndReplace", "countDocuments", "updateOne", "updateMany",
        "deleteOne", "deleteMany", "exists", "where",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<SyntaxKind> NodeKinds => [SyntaxKind.PropertyAssignment];

    public override void CheckNode(Node node, FileRuleContext context)
    {
        if (node is not PropertyAssignment property)
        {
            return;
        }

        var isRegexOperator = SyntaxFacts.PropertyName(property.Name) == "$regex";
        if (!isRegexOperator && !IsFilterField(property, context.Tree))
        {
            return;
        }

        if (Problem(property, isRegexOperator, context.Tree) is { } problem)
        {
            context.Report(property.Initializer.Span, $"This regex filter {problem}, so it cannot use an index.", new Finding
            {
                Help = "Anchor it at the start and keep it case-sensitive (/^abc/), store a lower-cased copy of the field, or use a text index.",
                Note = "MongoDB uses an index for a regex only when it is a case-sensitive prefix match.",
            });
        }
    }

    private static string? Problem(PropertyAssignment property, bool isRegexOperator, SyntaxTree tree)
    {
        switch (property.Initializer)
        {
            case RegularExpressionLiteral literal:
                var raw = literal.RawText;
                var close = raw.LastIndexOf('/');
                return Describe(raw[1..close], raw[(close + 1)..]);
            case NewExpression { Expression: Identifier { Text: "RegExp" }, Arguments: { Count: > 0 } arguments }:
                var pattern = SyntaxFacts.StringValue(arguments[0]);
                var flags = arguments.Count > 1 ? SyntaxFacts.StringValue(arguments[1]) ?? string.Empty : string.Empty;
                return pattern is null ? (flags.Contains('i') ? "is case-insensitive" : null) : Describe(pattern, flags);
            case var value when isRegexOperator:
                var options = tree.GetParent(property) is ObjectLiteralExpression holder ? SyntaxFacts.StringValue(SyntaxFacts.Property(holder, "$options")) ?? string.Empty : string.Empty;
                return SyntaxFacts.StringValue(value) is { } text ? Describe(text, options) : (options.Contains('i') ? "is case-insensitive" : null);
            default:
                return null;
        }
    }

    private static string? Describe(string pattern, string flags) =>
        (pattern.StartsWith('^'), flags.Contains('i')) switch
        {
            (false, true) => "has no '^' anchor and is case-insensitive",
            (false, false) => "has no '^' anchor",
            (true, true) => "is case-insensitive",
            _ => null,
        };

    // A property of the object literal that is the first argument of a Mongoose query method.
    private static bool IsFilterField(PropertyAssignment property, SyntaxTree tree) =>
        tree.GetParent(property) is ObjectLiteralExpression filter
        && tree.GetParent(filter) is CallExpression call
        && call.Arguments.Count > 0 && call.Arguments[0] == filter
        && call.Expression is PropertyAccessExpression
        && SyntaxFacts.LastName(call.Expression) is { } method && QueryMethods.Contains(method);
}
