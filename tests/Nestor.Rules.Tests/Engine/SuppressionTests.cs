using Nestor.Rules.Engine;
using Nestor.Rules.Suppressions;
using Nestor.Rules.Tests.Support;
using Nestor.Text;

namespace Nestor.Rules.Tests.Engine;

public sealed class SuppressionTests
{
    private static readonly RuleDescriptor Naming = RuleCatalog.BuiltIn.Find("file-naming")!;

    [Fact]
    public void A_next_line_suppression_with_a_reason_removes_the_finding_on_the_next_line_only()
    {
        var (text, diagnostics) = Findings("""
            // nestor-ignore-next-line file-naming -- the name is fixed by the framework
            [|a|]
            [|b|]
            """);

        var outcome = SuppressionFilter.Apply(text, diagnostics, RuleCatalog.BuiltIn, (rule, _) => rule.DefaultSeverity);

        Assert.Equal(1, outcome.Suppressed);
        Assert.Equal("b", text.ToString(Assert.Single(outcome.Kept).Span));
        Assert.Empty(outcome.SuppressionProblems);
    }

    [Fact]
    public void Suppressions_can_be_stacked_and_name_rules_by_id()
    {
        var (text, diagnostics) = Findings("""
            // nestor-ignore-next-line unused-suppression -- testing stacking
            // nestor-ignore-next-line NST4905 -- generated file
            [|a|]
            """);

        var outcome = SuppressionFilter.Apply(text, diagnostics, RuleCatalog.BuiltIn, (rule, _) => rule.DefaultSeverity);

        Assert.Equal(1, outcome.Suppressed);
        Assert.Empty(outcome.Kept);
        // The engine's own diagnostics cannot be suppressed, so the first comment matches nothing.
        var unused = Assert.Single(outcome.SuppressionProblems);
        Assert.Equal("NST0111", unused.Code);
        Assert.Equal("'unused-suppression' reports nothing on line 3; this suppression is unused.", unused.Message);
        Assert.Equal("unused-suppression", text.ToString(unused.Span));
    }

    [Fact]
    public void A_file_suppression_removes_every_finding_of_its_rule()
    {
        var (text, diagnostics) = Findings("""
            [|a|]
              // nestor-ignore-file file-naming -- legacy module, renamed in the next release
            [|b|]
            """);

        var outcome = SuppressionFilter.Apply(text, diagnostics, RuleCatalog.BuiltIn, (rule, _) => rule.DefaultSeverity);

        Assert.Equal(2, outcome.Suppressed);
        Assert.Empty(outcome.Kept);
        Assert.Empty(outcome.SuppressionProblems);
    }

    [Fact]
    public void A_suppression_without_a_reason_still_applies_and_is_reported()
    {
        var (text, diagnostics) = Findings("""
            // nestor-ignore-next-line file-naming
            [|a|]
            """);

        var outcome = SuppressionFilter.Apply(text, diagnostics, RuleCatalog.BuiltIn, (rule, _) => rule.DefaultSeverity);

        Assert.Empty(outcome.Kept);
        var problem = Assert.Single(outcome.SuppressionProblems);
        Assert.Equal("NST0110", problem.Code);
        Assert.Equal(DiagnosticSeverity.Warning, problem.Severity);
        Assert.Equal("This suppression gives no reason; add one after '--'.", problem.Message);
        Assert.Equal("// nestor-ignore-next-line file-naming", text.ToString(problem.Span));
        Assert.Equal("// nestor-ignore-next-line file-naming -- <why this is acceptable here>", problem.Help);
    }

    [Fact]
    public void Unknown_and_unused_rules_are_reported_on_their_names()
    {
        var (text, diagnostics) = Findings("""
            // nestor-ignore-next-line no-such-rule, file-naming -- because
            ok
            [|a|]
            """);

        var outcome = SuppressionFilter.Apply(text, diagnostics, RuleCatalog.BuiltIn, (rule, _) => rule.DefaultSeverity);

        Assert.Single(outcome.Kept);
        Assert.Equal(
            ["Unknown rule 'no-such-rule' in a suppression.", "'file-naming' reports nothing on line 2; this suppression is unused."],
            outcome.SuppressionProblems.Select(p => p.Message));
    }

    [Fact]
    public void Syntax_and_configuration_errors_cannot_be_suppressed()
    {
        var text = new SourceText("a.ts", "// nestor-ignore-file NST1001 -- no\nlet = ;\n");
        var syntax = new Diagnostic("NST1001", DiagnosticSeverity.Error, "Expected an identifier.", "a.ts", new TextSpan(40, 1));

        var outcome = SuppressionFilter.Apply(text, [syntax], RuleCatalog.BuiltIn, (rule, _) => rule.DefaultSeverity);

        Assert.Equal([syntax], outcome.Kept);
        Assert.Equal("Unknown rule 'NST1001' in a suppression.", Assert.Single(outcome.SuppressionProblems).Message);
    }

    [Fact]
    public void Text_inside_a_string_is_not_a_suppression()
    {
        var (text, diagnostics) = Findings("""
            const s = "// nestor-ignore-file file-naming -- no";
            [|a|]
            """);

        var outcome = SuppressionFilter.Apply(text, diagnostics, RuleCatalog.BuiltIn, (rule, _) => rule.DefaultSeverity);

        Assert.Single(outcome.Kept);
        Assert.Empty(outcome.SuppressionProblems);
    }

    private static (SourceText Text, IReadOnlyList<Diagnostic> Diagnostics) Findings(string markup)
    {
        var (content, spans) = Markup.Parse(markup);
        var text = new SourceText("src/a.ts", content);
        var diagnostics = spans.Select(span => new Diagnostic(Naming.Id, DiagnosticSeverity.Error, "bad", "src/a.ts", span) { Name = Naming.Name }).ToList();
        return (text, diagnostics);
    }
}
