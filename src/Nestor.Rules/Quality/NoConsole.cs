using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Quality;

/// <summary><c>console.*</c> calls in application code (tests and scripts are left alone).</summary>
public sealed class NoConsole : FileRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4005", "no-console", "Use the Nest Logger, not `console`", "Quality", DiagnosticSeverity.Warning,
        "Use proper logging (not console.log)",
        """
        ## What it does

        Reports calls of `console.log`, `console.error` and every other `console` method in
        application code. Files of tests (`*.spec.ts`, `*.test.ts`, `*.e2e.ts`, `test/`, `e2e/`...)
        and scripts (`scripts/`) are not checked, nor the packages of a monorepo whose package.json
        does not depend on NestJS (a command-line tool's console is its output; a front end has no
        Nest Logger).

        ## Why is this bad

        `console` output has no level, no context and no timestamp, cannot be silenced in
        tests or routed to a log service, and bypasses the logger the application configured.

        ## Examples

        Incorrect:

        ```ts
        export class UsersService {
          create() {
            console.log('creating a user');
          }
        }
        ```

        Correct:

        ```ts
        export class UsersService {
          private readonly logger = new Logger(UsersService.name);
          create() {
            this.logger.log('creating a user');
          }
        }
        ```

        ## Options

        `allow`: console methods that stay allowed, e.g. `options: { allow: [error] }`.

        ## When not to use

        In command-line scripts whose output is the console.
        """)
    {
        Recognisers = [@"\bconsole\.(log|\*)", @"\bno console\b", @"\bproper logging\b", @"\buse (the )?(nest )?logger\b"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<SyntaxKind> NodeKinds => [SyntaxKind.CallExpression];

    public override void CheckNode(Node node, FileRuleContext context)
    {
        if (node is not CallExpression { Expression: PropertyAccessExpression { Expression: Identifier { Text: "console" }, Name: Identifier method } callee }
            || SyntaxFacts.IsTestOrScript(context.File.Path)
            || context.File.InNestPackage == false
            || context.Options.GetStrings("allow").Contains(method.Text))
        {
            return;
        }

        var level = method.Text switch
        {
            "error" => "error",
            "warn" => "warn",
            "debug" or "trace" => "debug",
            _ => "log",
        };
        context.Report(callee.Span, $"Unexpected console.{method.Text} in application code; use the Nest Logger.", new Finding
        {
            Help = $"private readonly logger = new Logger(ClassName.name); then this.logger.{level}(...)",
            Note = "console output has no level or context and bypasses the application's logger.",
        });
    }
}
