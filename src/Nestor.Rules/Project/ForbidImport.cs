using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Project;

/// <summary>Imports the nestor block forbids: from files matching a glob, of modules or paths matching a glob.</summary>
public sealed class ForbidImport : FileRule, IProjectRuleFromConfig
{
    public static readonly RuleDescriptor Rule = new(
        "NST4901", "forbid-import", "Imports the project forbids", "Project", DiagnosticSeverity.Error,
        "Code follows consistent style and project conventions",
        """
        ## What it does

        Reports `import` and `export ... from` declarations in files matching `from` whose module
        matches `import`. A package is matched by its name (`mongoose`, `@nestjs/mongoose`); a
        relative import by the project path it points to, without extension
        (`src/users/schemas/user.schema`), so `**/*.schema` matches it.

        ## Why is this bad

        The team decided this dependency does not belong there (see the declaration's message):
        typically controllers that reach past services into models.

        ## Examples

        With `forbid-import: [{ from: "src/**/*.controller.ts", import: "**/*.schema" }]`, in
        `src/users/users.controller.ts`:

        Incorrect:

        ```ts
        import { User } from './schemas/user.schema';
        ```

        Correct:

        ```ts
        import { UsersService } from './users.service';
        ```

        ## Options

        ```yaml
        forbid-import:
          - from: "src/**/*.controller.ts"
            import: "mongoose"
            message: "Controllers go through services."
        ```

        ## When not to use

        Declare nothing and the rule does nothing.
        """);

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<SyntaxKind> NodeKinds => [SyntaxKind.ImportDeclaration, SyntaxKind.ExportDeclaration];

    public IEnumerable<ProjectRuleDeclaration> Declarations(NestorConfig config) =>
        config.ForbidImports.Select(spec => new ProjectRuleDeclaration(spec.Enforces, spec.Severity, spec.Site));

    public override void CheckNode(Node node, FileRuleContext context)
    {
        var specifier = node switch
        {
            ImportDeclaration import => import.ModuleSpecifier,
            ExportDeclaration export => export.ModuleSpecifier,
            _ => null,
        };
        if (SyntaxFacts.StringValue(specifier) is not { } module)
        {
            return;
        }

        var target = ModuleTarget(context.File.Path, module);
        foreach (var spec in context.Config.ForbidImports)
        {
            // A package is matched by its whole name; a project path like any file path.
            var isPackage = ReferenceEquals(target, module);
            var matches = isPackage ? spec.Import.IsMatchWhole(module) : spec.Import.IsMatch(target) || spec.Import.IsMatch(target + ".ts");
            if (spec.From.IsMatch(context.File.Path) && matches)
            {
                var message = $"'{module}' must not be imported here: {spec.Message}";
                var details = new Finding { Note = $"Declared in {spec.Site.Path}:{spec.Site.Line} (from '{spec.From}', import '{spec.Import}')." };
                if (spec.Severity is { } severity)
                {
                    context.ReportWithSeverity(context.File.Path, specifier!.Span, message, severity, details);
                }
                else
                {
                    context.Report(specifier!.Span, message, details);
                }

                return;
            }
        }
    }

    /// <summary>A package name as written; a relative specifier as the project path it resolves to, without extension.</summary>
    public static string ModuleTarget(string fromPath, string specifier)
    {
        if (!specifier.StartsWith("./", StringComparison.Ordinal) && !specifier.StartsWith("../", StringComparison.Ordinal) && specifier is not "." and not "..")
        {
            return specifier;
        }

        var parts = fromPath.Split('/').SkipLast(1).ToList();
        foreach (var part in specifier.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not "." and not "")
            {
                parts.Add(part);
            }
        }

        var path = string.Join('/', parts);
        foreach (var extension in new[] { ".ts", ".js", ".tsx", ".mts" })
        {
            if (path.EndsWith(extension, StringComparison.Ordinal))
            {
                return path[..^extension.Length];
            }
        }

        return path;
    }
}
