using System.Text.RegularExpressions;
using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Security;

/// <summary>String literals used as JWT secrets, API keys or passwords.</summary>
public sealed partial class HardcodedSecret : FileRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4101", "hardcoded-secret", "Do not write secrets in the code", "Security", DiagnosticSeverity.Error,
        "Security vulnerabilities are addressed proactively",
        """
        ## What it does

        Reports a string literal given to a property or variable named like a secret
        (`secret`, `secretOrKey`, `password`, `apiKey`, `privateKey`, `clientSecret`, `accessToken`),
        passed as the key of `sign`/`verify`, or used as the fallback of an environment variable
        named like a secret (`process.env.JWT_SECRET || 'dev'`). Tests are not checked.

        ## Why is this bad

        A secret in the repository is readable by everyone with access to it, forever (git keeps
        history), and the same value ends up in every environment. A default for a missing
        environment variable makes production run with the development secret without a warning.

        ## Examples

        Incorrect:

        ```ts
        JwtModule.register({ secret: 'change-me', signOptions: { expiresIn: '1h' } });
        ```

        Correct:

        ```ts
        JwtModule.registerAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService) => ({ secret: config.getOrThrow('JWT_SECRET') }),
        });
        ```

        ## Options

        None.

        ## When not to use

        Never in application code; test fixtures are already skipped.
        """)
    {
        Recognisers = [@"\b(hard-?coded|hard coded) (secrets?|credentials|passwords?|keys?)", @"\bsecrets?\b.*\b(env|environment|config)", @"\bno secrets? in (the )?(code|repo)"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<SyntaxKind> NodeKinds => [SyntaxKind.PropertyAssignment, SyntaxKind.VariableDeclaration, SyntaxKind.CallExpression, SyntaxKind.BinaryExpression];

    public override void CheckNode(Node node, FileRuleContext context)
    {
        if (SyntaxFacts.IsTestOrScript(context.File.Path))
        {
            return;
        }

        switch (node)
        {
            case PropertyAssignment property when IsSecretName(SyntaxFacts.PropertyName(property.Name)) && IsSecretValue(property.Initializer) && !IsErrorPayload(context.Tree, property):
                Report(context, property.Initializer, $"Hard-coded value for '{SyntaxFacts.PropertyName(property.Name)}'.");
                break;
            case VariableDeclaration { Name: Identifier name, Initializer: { } initializer } when IsSecretName(name.Text) && IsSecretValue(initializer):
                Report(context, initializer, $"Hard-coded value for '{name.Text}'.");
                break;
            case CallExpression call when SyntaxFacts.LastName(call.Expression) is "sign" or "verify" && call.Expression is PropertyAccessExpression && call.Arguments.Count >= 2 && IsSecretValue(call.Arguments[1]):
                Report(context, call.Arguments[1], $"Hard-coded key passed to {SyntaxFacts.LastName(call.Expression)}().");
                break;
            case BinaryExpression binary when binary.OperatorToken.Kind is SyntaxKind.BarBarToken or SyntaxKind.QuestionQuestionToken
                && SyntaxFacts.DottedName(binary.Left) is { } variable && variable.StartsWith("process.env.", StringComparison.Ordinal)
                && IsSecretName(variable["process.env.".Length..]) && IsSecretValue(binary.Right):
                Report(context, binary.Right, $"Hard-coded fallback for {variable}.");
                break;
        }
    }

    private static void Report(FileRuleContext context, Node value, string message) =>
        context.Report(value.Span, message, new Finding
        {
            Help = "Read it from the environment (ConfigService.getOrThrow('JWT_SECRET')) and fail at start-up when it is missing.",
            Note = "A secret in the repository is readable by everyone with access to it, and stays in git history.",
        });

    private static bool IsSecretName(string? name) => name is not null && SecretName().IsMatch(name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal));

    /// <summary>
    /// A non-empty string that is not a message (secrets have no spaces) and not a placeholder
    /// (<c>'&lt;API_KEY&gt;'</c>, <c>'${SECRET}'</c>, <c>'xxxx'</c>).
    /// </summary>
    private static bool IsSecretValue(Node? value) =>
        SyntaxFacts.StringValue(value) is { Length: > 0 } text && !text.Any(char.IsWhiteSpace) && !Placeholder().IsMatch(text);

    /// <summary>
    /// <c>throw new UnauthorizedException({ password: 'incorrectPassword' })</c>: the object says
    /// which field was wrong, in an exception's payload; it holds no credential.
    /// </summary>
    private static bool IsErrorPayload(SyntaxTree tree, PropertyAssignment property)
    {
        for (var node = tree.GetParent(property); node is not null; node = tree.GetParent(node))
        {
            switch (node)
            {
                case ObjectLiteralExpression or ArrayLiteralExpression or PropertyAssignment or ParenthesizedExpression:
                    continue;
                case NewExpression creation:
                    return IsErrorName(SyntaxFacts.LastName(creation.Expression));
                case CallExpression call:
                    return IsErrorName(SyntaxFacts.LastName(call.Expression));
                case ThrowStatement:
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool IsErrorName(string? name) =>
        name is not null && (name.EndsWith("Exception", StringComparison.Ordinal) || name.EndsWith("Error", StringComparison.Ordinal));

    // Templates and masks shown to people, never usable as a key; a readable placeholder such as
    // 'your-secret-key' is still reported: code that runs with it signs with a public value.
    [GeneratedRegex(@"^(<.*>|\$\{.*\}|\{\{.*\}\}|x{3,}|\*{3,}|\.{3,})$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex("^(jwt|app|api|session|cookie|db|database|admin|refresh|access)?(secret|secretkey|secretorkey|password|passwd|apikey|privatekey|clientsecret|accesstoken|authtoken|secretaccesskey)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
