using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Project;

/// <summary>Imports between the layers the nestor block names: a layer imports only the layers it lists.</summary>
public sealed class Layers : FileRule, IProjectRuleFromConfig
{
    public static readonly RuleDescriptor Rule = new(
        "NST4902", "layers", "Layers import only the layers they may", "Project", DiagnosticSeverity.Error,
        "Implement service layer with clear separation of concerns",
        """
        ## What it does

        Each layer declared under `layers:` names its files (globs) and the layers it may import
        (`may-import`). An `import` or `export ... from` in a file of one layer that resolves to a
        file of another layer not in its list is reported; type-only imports count too. A layer
        may always import itself; files outside every layer are free.

        ## Why is this bad

        Layers keep dependencies pointing one way (controllers → services → repositories →
        models); an arrow the other way couples the HTTP layer to the database, or the data layer
        to the web.

        ## Examples

        With `layers: [{ name: controllers, files: "src/**/*.controller.ts", may-import: [services] },
        { name: models, files: "src/**/*.schema.ts" }]`, in `src/users/users.controller.ts`:

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
        layers:
          - name: controllers
            files: "src/**/*.controller.ts"
            may-import: [services]
        ```

        ## When not to use

        Declare no layers and the rule does nothing.
        """);

    private static readonly string[] Extensions = [".ts", ".tsx", "/index.ts"];

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<SyntaxKind> NodeKinds => [SyntaxKind.ImportDeclaration, SyntaxKind.ExportDeclaration];

    public IEnumerable<ProjectRuleDeclaration> Declarations(NestorConfig config) =>
        config.Layers.Select(spec => new ProjectRuleDeclaration(spec.Enforces, spec.Severity, spec.Site));

    public override void CheckNode(Node node, FileRuleContext context)
    {
        var layers = context.Config.Layers;
        if (layers.Count == 0 || LayerOf(layers, context.File.Path) is not { } own)
        {
            return;
        }

        var specifier = node switch
        {
            ImportDeclaration import => import.ModuleSpecifier,
            ExportDeclaration export => export.ModuleSpecifier,
            _ => null,
        };
        if (SyntaxFacts.StringValue(specifier) is not { } module || !module.StartsWith('.'))
        {
            return;
        }

        var target = ForbidImport.ModuleTarget(context.File.Path, module);
        var targetLayer = Extensions.Select(extension => LayerOf(layers, target + extension)).FirstOrDefault(layer => layer is not null);
        if (targetLayer is null || targetLayer.Name == own.Name || own.MayImport.Contains(targetLayer.Name))
        {
            return;
        }

        var allowed = own.MayImport.Count == 0 ? "no other layer" : string.Join(", ", own.MayImport);
        var message = $"The {own.Name} layer must not import the {targetLayer.Name} layer ('{module}'); it may import {allowed}.";
        var details = new Finding { Note = $"Declared in {own.Site.Path}:{own.Site.Line}." };
        if (own.Severity is { } severity)
        {
            context.ReportWithSeverity(context.File.Path, specifier!.Span, message, severity, details);
        }
        else
        {
            context.Report(specifier!.Span, message, details);
        }
    }

    private static LayerSpec? LayerOf(IReadOnlyList<LayerSpec> layers, string path) =>
        layers.FirstOrDefault(layer => layer.Files.Any(glob => glob.IsMatch(path)));
}
