using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Project;

/// <summary>Exported classes in files matching a glob must carry a decorator (<c>@Injectable()</c> in services).</summary>
public sealed class RequireDecorator : FileRule, IProjectRuleFromConfig
{
    public static readonly RuleDescriptor Rule = new(
        "NST4904", "require-decorator", "Classes carry the decorator the project requires", "Project", DiagnosticSeverity.Error,
        "Use dependency injection and follow SOLID principles",
        """
        ## What it does

        Reports an exported, non-abstract class declared in a file matching `files` that does not
        carry the decorator named by `decorator` (with or without a call: `@Injectable` and
        `@Injectable()` both count).

        ## Why is this bad

        Nest injects into a class only when a decorator makes it emit its constructor's types;
        without `@Injectable()` the dependencies silently arrive as `undefined`.

        ## Examples

        With `require-decorator: [{ files: "src/**/*.service.ts", decorator: Injectable }]`:

        Incorrect:

        ```ts
        export class UsersService {
          constructor(private readonly users: UsersRepository) {}
        }
        ```

        Correct:

        ```ts
        @Injectable()
        export class UsersService {
          constructor(private readonly users: UsersRepository) {}
        }
        ```

        ## Options

        ```yaml
        require-decorator:
          - files: "src/**/*.controller.ts"
            decorator: Controller
        ```

        ## When not to use

        Declare nothing and the rule does nothing.
        """);

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<SyntaxKind> NodeKinds => [SyntaxKind.ClassDeclaration];

    public IEnumerable<ProjectRuleDeclaration> Declarations(NestorConfig config) =>
        config.RequireDecorators.Select(spec => new ProjectRuleDeclaration(spec.Enforces, spec.Severity, spec.Site));

    public override void CheckNode(Node node, FileRuleContext context)
    {
        if (node is not ClassDeclaration { Name: { } name } declaration
            || !declaration.ModifierList.Has(ModifierFlags.Export)
            || declaration.ModifierList.Has(ModifierFlags.Abstract))
        {
            return;
        }

        var decorators = declaration.ModifierList.Decorators.Select(SyntaxFacts.DecoratorName).ToHashSet(StringComparer.Ordinal);
        foreach (var spec in context.Config.RequireDecorators)
        {
            if (spec.Files.IsMatch(context.File.Path) && !decorators.Contains(spec.Decorator))
            {
                var message = spec.Message ?? $"Class '{name.Text}' must carry @{spec.Decorator}().";
                var details = new Finding
                {
                    Help = $"Add @{spec.Decorator}() above the class.",
                    Note = $"Declared in {spec.Site.Path}:{spec.Site.Line} (files '{spec.Files}').",
                };
                if (spec.Severity is { } severity)
                {
                    context.ReportWithSeverity(context.File.Path, name.Span, message, severity, details);
                }
                else
                {
                    context.Report(name.Span, message, details);
                }
            }
        }
    }
}
