using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Rules.Reading;
using Nestor.Text;

namespace Nestor.Rules.Tests.Engine;

public sealed class NestorBlockReaderTests
{
    private const string Valid = """
        # Rules

        - File names are kebab-case.
        - Controllers never touch Mongoose models.

        ```nestor
        rules:
          file-naming: warning
          NST0111: error
        overrides:
          - files: ["scripts/**", "*.spec.ts"]
            rules: { file-naming: off }
        ignore: ["src/generated/**"]
        known-safe:
          calls: ["this.logger.*"]
          decorators: ["@Public", "SkipAuth"]
        documents:
          architecture: docs/arch.md
        forbid-import:
          - from: "src/**/*.controller.ts"
            import: "mongoose"
            message: "Controllers go through services."
            enforces: "Controllers never touch Mongoose models"
        layers:
          - name: controllers
            files: "src/**/*.controller.ts"
            may-import: [services, dto]
          - name: services
            files: ["src/**/*.service.ts"]
        forbid-call:
          - callee: "*.$where"
            severity: warning
        require-decorator:
          - files: "src/**/*.service.ts"
            decorator: "@Injectable"
        file-naming:
          - files: "src/**/*.ts"
            case: kebab
            enforces: "File names are kebab-case"
        ```
        """;

    [Fact]
    public void A_valid_block_becomes_a_configuration()
    {
        var (config, diagnostics) = Read(Valid);

        Assert.Empty(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, config.Rules["file-naming"].Severity);
        Assert.Equal(DiagnosticSeverity.Error, config.Rules["unused-suppression"].Severity);
        Assert.True(config.Overrides[0].Files[1].IsMatch("src/a.spec.ts"));
        Assert.Null(config.Overrides[0].Severities["file-naming"]);
        Assert.True(config.IsIgnored("src/generated/api.ts"));
        Assert.True(config.IsKnownSafeCall("this.logger.log"));
        Assert.Equal(["Public", "SkipAuth"], config.KnownSafeDecorators);
        Assert.Equal("docs/arch.md", config.ArchitectureDocument);
        var forbid = Assert.Single(config.ForbidImports);
        Assert.Equal("Controllers go through services.", forbid.Message);
        Assert.Equal(20, forbid.Site.Line);
        Assert.Equal(["services", "dto"], config.Layers[0].MayImport);
        Assert.Empty(config.Layers[1].MayImport);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(config.ForbidCalls).Severity);
        Assert.Equal("Injectable", Assert.Single(config.RequireDecorators).Decorator);
        Assert.Equal(NamingCase.Kebab, Assert.Single(config.FileNamings).Case);
    }

    [Fact]
    public void Bad_yaml_is_reported_at_its_line_and_column_in_the_markdown_file()
    {
        var markdown = "# Rules\n\n```nestor\nrules:\n  no-console: [warning\n```\n";
        var (_, diagnostics) = Read(markdown);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("NST0102", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("Invalid YAML in the nestor block: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(6, new SourceText("docs/RULES.md", markdown).Lines.GetPosition(diagnostic.Span.Start).Line);
    }

    [Fact]
    public void Unknown_rules_keys_severities_and_cases_are_reported_where_they_are()
    {
        var markdown = """
            ```nestor
            rules:
              no-such-rule: error
              file-naming: loud
            colour: blue
            file-naming:
              - files: "src/**"
                case: upper
            ```
            """;
        var (config, diagnostics) = Read(markdown);
        var text = new SourceText("docs/RULES.md", markdown);

        Assert.Equal(
            [
                ("NST0103", "3:3", "Unknown rule 'no-such-rule'; 'nestor rules --list' shows the catalogue."),
                ("NST0104", "4:16", "Unknown severity 'loud'; expected off, hint, info, warning or error."),
                ("NST0104", "5:1", "Unknown key 'colour'; expected one of: rules, overrides, ignore, known-safe, documents, forbid-import, layers, forbid-call, require-decorator, file-naming."),
                ("NST0104", "8:11", "Unknown case 'upper'; expected kebab, camel, pascal or snake."),
            ],
            diagnostics.Select(d => (d.Code, text.Lines.GetPosition(d.Span.Start).ToString(), d.Message)));
        Assert.Empty(config.FileNamings);
        Assert.False(config.Rules["file-naming"].HasSeverity);
    }

    [Fact]
    public void A_missing_required_key_names_the_key()
    {
        var (config, diagnostics) = Read("```nestor\nforbid-import:\n  - from: \"src/**\"\n```\n");

        Assert.Empty(config.ForbidImports);
        Assert.Equal("Missing required key 'import'.", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void An_entry_switched_off_declares_nothing()
    {
        var (config, diagnostics) = Read("```nestor\nforbid-call:\n  - callee: \"console.*\"\n    severity: off\n```\n");

        Assert.Empty(diagnostics);
        Assert.Empty(config.ForbidCalls);
    }

    [Fact]
    public void A_scalar_where_a_list_is_expected_is_reported()
    {
        var (_, diagnostics) = Read("```nestor\nlayers: controllers\n```\n");

        Assert.Equal("Expected a list here.", Assert.Single(diagnostics).Message);
    }

    private static (NestorConfig Config, IReadOnlyList<Diagnostic> Diagnostics) Read(string markdown)
    {
        var text = new SourceText("docs/RULES.md", markdown);
        var document = RulesDocument.Parse(text);
        var block = Assert.Single(document.Blocks);
        var reader = new NestorBlockReader(text, block.FirstLineIndex, RuleCatalog.BuiltIn.Find);
        return (reader.Read(block.Yaml), reader.Diagnostics);
    }
}
