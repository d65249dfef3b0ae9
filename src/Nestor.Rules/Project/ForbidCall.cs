using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Project;

/// <summary>Calls the nestor block forbids, by callee pattern (<c>console.*</c>, <c>Model.prototype.$where</c>).</summary>
public sealed class ForbidCall : FileRule, IProjectRuleFromConfig
{
    public static readonly RuleDescriptor Rule = new(
        "NST4903", "forbid-call", "Calls the project forbids", "Project", DiagnosticSeverity.Error,
        "Code follows consistent style and project conventions",
        """
        ## What it does

        Reports calls whose callee matches a pattern declared under `forbid-call:` in the nestor
        block. A pattern is a dotted name where `*` stands for any one name (`console.*`) or, at
        the start, for any receiver (`*.$where`); `Model.prototype.$where` means `$where` called
        on anything.

        ## Why is this bad

        The team decided these calls do not belong in the code (see the declaration's message).

        ## Examples

        With `forbid-call: [{ callee: "*.$where", message: "$where runs JavaScript on the server" }]`:

        Incorrect:

        ```ts
        this.userModel.$where('this.age > 18');
        ```

        Correct:

        ```ts
        this.userModel.find({ age: { $gt: 18 } });
        ```

        ## Options

        ```yaml
        forbid-call:
          - callee: "console.*"
            files: ["src/**"]
            message: "Use the Nest Logger."
        ```

        ## When not to use

        Declare nothing and the rule does nothing.
        """);

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<SyntaxKind> NodeKinds => [SyntaxKind.CallExpression];

    public IEnumerable<ProjectRuleDeclaration> Declarations(NestorConfig config) =>
        config.ForbidCalls.Select(spec => new ProjectRuleDeclaration(spec.Enforces, spec.Severity, spec.Site));

    public override void CheckNode(Node node, FileRuleContext context)
    {
        if (node is not CallExpression call || context.Config.ForbidCalls.Count == 0 || SyntaxFacts.DottedName(call.Expression) is not { } callee)
        {
            return;
        }

        foreach (var spec in context.Config.ForbidCalls)
        {
            if (CalleePattern.IsMatch(spec.Callee, callee) && spec.Files.Any(glob => glob.IsMatch(context.File.Path)))
            {
                var details = new Finding { Note = $"Declared in {spec.Site.Path}:{spec.Site.Line} ('{spec.Callee}')." };
                var message = $"{callee}(): {spec.Message}";
                if (spec.Severity is { } severity)
                {
                    context.ReportWithSeverity(context.File.Path, call.Expression.Span, message, severity, details);
                }
                else
                {
                    context.Report(call.Expression.Span, message, details);
                }

                return;
            }
        }
    }
}
