using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Security;

/// <summary><c>enableCors()</c> with no options, or any origin together with credentials.</summary>
public sealed class PermissiveCors : FileRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4102", "permissive-cors", "Do not allow every origin", "Security", DiagnosticSeverity.Error,
        "Security vulnerabilities are addressed proactively",
        """
        ## What it does

        Reports `app.enableCors()` without options and `NestFactory.create(AppModule, { cors: true })`
        (both allow every origin), and CORS options whose `origin` is `'*'` or `true` while
        `credentials` is `true`.

        ## Why is this bad

        Any web site can then call the API from its visitors' browsers; with credentials, it does
        so with the visitors' cookies and reads the answers.

        ## Examples

        Incorrect:

        ```ts
        app.enableCors({ origin: true, credentials: true });
        ```

        Correct:

        ```ts
        app.enableCors({ origin: ['https://shop.example.com'], credentials: true });
        ```

        ## Options

        None.

        ## When not to use

        For a public API without credentials, where `origin: '*'` is written on purpose (that is
        not reported).
        """)
    {
        Recognisers = [@"\bcors\b"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<SyntaxKind> NodeKinds => [SyntaxKind.CallExpression];

    public override void CheckNode(Node node, FileRuleContext context)
    {
        if (node is not CallExpression call)
        {
            return;
        }

        var name = SyntaxFacts.LastName(call.Expression);
        if (name == "enableCors" && call.Expression is PropertyAccessExpression)
        {
            if (call.Arguments.Count == 0)
            {
                Report(context, call.Expression, "enableCors() without options allows every origin.");
            }
            else if (call.Arguments[0] is ObjectLiteralExpression options)
            {
                CheckOptions(context, options);
            }
        }
        else if (name == "create" && SyntaxFacts.DottedName(call.Expression) == "NestFactory.create" && call.Arguments.Count >= 2 && call.Arguments[1] is ObjectLiteralExpression appOptions)
        {
            switch (SyntaxFacts.Property(appOptions, "cors"))
            {
                case KeywordExpression { Kind: SyntaxKind.TrueKeyword } cors:
                    Report(context, cors, "'cors: true' allows every origin.");
                    break;
                case ObjectLiteralExpression corsOptions:
                    CheckOptions(context, corsOptions);
                    break;
            }
        }
    }

    private static void CheckOptions(FileRuleContext context, ObjectLiteralExpression options)
    {
        var origin = SyntaxFacts.Property(options, "origin");
        var anyOrigin = origin is KeywordExpression { Kind: SyntaxKind.TrueKeyword } || SyntaxFacts.StringValue(origin) == "*";
        if (anyOrigin && SyntaxFacts.Property(options, "credentials") is KeywordExpression { Kind: SyntaxKind.TrueKeyword })
        {
            Report(context, origin!, "Any origin together with 'credentials: true' lets every site call the API with its visitors' cookies.");
        }
    }

    private static void Report(FileRuleContext context, Node node, string message) =>
        context.Report(node.Span, message, new Finding
        {
            Help = "List the allowed origins: enableCors({ origin: ['https://app.example.com'] }), read from configuration.",
            Note = "Browsers enforce CORS for your users; an open policy lets any site use their sessions.",
        });
}
