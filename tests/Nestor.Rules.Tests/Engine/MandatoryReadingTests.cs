using Nestor.Rules.Engine;
using Nestor.Rules.Reading;
using Nestor.Text;

namespace Nestor.Rules.Tests.Engine;

public sealed class MandatoryReadingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nestor-reading-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Missing_documents_are_warnings_that_name_nestor_init()
    {
        var result = MandatoryReading.Read(_root, new ReadingOptions(), RuleCatalog.BuiltIn);

        Assert.Equal([("architecture", "docs/ARCHITECTURE.md", false), ("rules", "docs/RULES.md", false)], result.Documents.Select(d => (d.Kind, d.Path, d.Found)));
        Assert.Equal(
            [
                ("NST0101", DiagnosticSeverity.Warning, "docs/ARCHITECTURE.md was not found: nothing tells Nestor the team's architecture."),
                ("NST0101", DiagnosticSeverity.Warning, "docs/RULES.md was not found: nothing tells Nestor the team's rules."),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Severity, d.Message)));
        Assert.All(result.Diagnostics, d => Assert.Equal("Run 'nestor init' to draft docs/ARCHITECTURE.md and docs/RULES.md from the code, then edit them.", d.Help));
    }

    [Fact]
    public void With_require_docs_a_missing_document_is_an_error()
    {
        Write("docs/ARCHITECTURE.md", "# Architecture\n");

        var result = MandatoryReading.Read(_root, new ReadingOptions(RequireDocs: true), RuleCatalog.BuiltIn);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("docs/RULES.md", diagnostic.Path);
    }

    [Fact]
    public void Rule_lines_are_matched_to_built_in_rules_and_to_project_rules_that_name_them()
    {
        Write("docs/ARCHITECTURE.md", "# Architecture\n");
        Write("docs/RULES.md", """
            # Rules

            This document is short.

            - File names are kebab-case.
            - Controllers **never** import `mongoose` directly.
            - Write tests for every service.

            Never deploy on Fridays.

            ```nestor
            rules:
              file-naming: warning
            file-naming:
              - files: "src/**/*.ts"
                case: kebab
            ```
            """);

        var result = MandatoryReading.Read(_root, new ReadingOptions(), RuleCatalog.BuiltIn);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [
                (5, "File names are kebab-case.", "file-naming"),
                (6, "Controllers **never** import `mongoose` directly.", string.Empty),
                (7, "Write tests for every service.", string.Empty),
                (9, "Never deploy on Fridays.", string.Empty),
            ],
            result.Lines.Select(l => (l.Line.Line, l.Line.Text, string.Join(",", l.Enforcers.Select(e => e.Name)))));
        Assert.Equal(DiagnosticSeverity.Warning, result.Lines[0].Enforcers[0].Severity);
        Assert.Equal((4, 1, 3), (result.RulesFound, result.Enforced, result.NotMachineCheckable));
    }

    [Fact]
    public void Options_and_the_configuration_move_the_documents()
    {
        Write("nestor.yml", "documents:\n  rules: handbook/rules.md\n");
        Write("handbook/rules.md", "```nestor\ndocuments:\n  architecture: handbook/arch.md\n```\n");
        Write("handbook/arch.md", "# A\n");

        var result = MandatoryReading.Read(_root, new ReadingOptions(), RuleCatalog.BuiltIn);

        Assert.Empty(result.Diagnostics);
        Assert.Equal([("architecture", "handbook/arch.md", true), ("rules", "handbook/rules.md", true)], result.Documents.Select(d => (d.Kind, d.Path, d.Found)));

        var overridden = MandatoryReading.Read(_root, new ReadingOptions(ArchitecturePath: "other.md"), RuleCatalog.BuiltIn);
        Assert.Equal(("other.md", false), (overridden.Documents[0].Path, overridden.Documents[0].Found));
    }

    [Fact]
    public void A_bad_nestor_yml_is_reported_in_that_file()
    {
        Write("nestor.yml", "rules:\n  nope: error\n");

        var result = MandatoryReading.Read(_root, new ReadingOptions(), RuleCatalog.BuiltIn);

        var diagnostic = result.Diagnostics.First(d => d.Code == "NST0103");
        Assert.Equal("nestor.yml", diagnostic.Path);
        Assert.Equal(9, diagnostic.Span.Start);
    }

    private void Write(string path, string content)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }
}
