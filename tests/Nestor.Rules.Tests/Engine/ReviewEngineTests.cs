using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Rules.Reading;
using Nestor.Text;

namespace Nestor.Rules.Tests.Engine;

public sealed class ReviewEngineTests
{
    private sealed class Throws : FileRule
    {
        public override RuleDescriptor Descriptor { get; } = new("NST4999", "throws", "t", "Test", DiagnosticSeverity.Error, "s", "d");

        public override void CheckFile(FileRuleContext context)
        {
            if (context.File.Path.Contains("bad", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("boom");
            }

            context.Report(new TextSpan(0, 1), "first character");
        }
    }

    [Fact]
    public void A_rule_that_throws_becomes_a_finding_and_the_other_files_are_still_reviewed()
    {
        var files = new[] { "src/bad.ts", "src/good.ts", "src/generated/x.ts" }.Select(p => new ReviewFile(p, new SourceText(p, "x\n"))).ToList();
        var config = new NestorConfig { Ignore = [new Glob("src/generated/**")] };
        var reading = new ReadingResult([], [], config, [], new Dictionary<string, SourceText>());

        var result = new ReviewEngine(new RuleCatalog([new Throws()])).Run(new ReviewRequest("/p", files, reading));

        Assert.Equal(
            [("NST0130", "src/bad.ts", "Rule 'throws' failed on this file: InvalidOperationException: boom"), ("NST4999", "src/good.ts", "first character")],
            result.Diagnostics.Select(d => (d.Code, d.Path, d.Message)));
        Assert.Equal(2, result.Statistics.Files);
        Assert.True(result.Fails);
    }

    [Fact]
    public void Baseline_and_changed_lines_hide_old_findings_but_never_configuration_errors()
    {
        var files = new[] { "src/a.ts", "src/b.ts" }.Select(p => new ReviewFile(p, new SourceText(p, "x\n"))).ToList();
        var configError = new Diagnostic("NST0104", DiagnosticSeverity.Error, "bad", "docs/RULES.md", default);
        var reading = new ReadingResult([], [], NestorConfig.Default, [configError], new Dictionary<string, SourceText>());
        var engine = new ReviewEngine(new RuleCatalog([new Throws()]));
        var first = engine.Run(new ReviewRequest("/p", files, reading));
        var baseline = Baselines.Baseline.Create(first.Unfiltered.Where(d => d.Path == "src/a.ts"), first.TextOf);

        var second = engine.Run(new ReviewRequest("/p", files, reading) { Baseline = baseline });
        Assert.Equal([("docs/RULES.md", "NST0104"), ("src/b.ts", "NST4999")], second.Diagnostics.Select(d => (d.Path, d.Code)));
        Assert.Equal(1, second.Statistics.Baselined);

        var changes = Changes.ChangedLines.ParseDiff(string.Empty, ["src/a.ts"]);
        var third = engine.Run(new ReviewRequest("/p", files, reading) { ChangedLines = changes });
        Assert.Equal([("docs/RULES.md", "NST0104"), ("src/a.ts", "NST4999")], third.Diagnostics.Select(d => (d.Path, d.Code)));
        Assert.Equal(1, third.Statistics.OutsideChanges);
    }

    private sealed class ReportsIdentifiers : FileRule
    {
        public override RuleDescriptor Descriptor { get; } = new("NST4998", "identifiers", "t", "Test", DiagnosticSeverity.Warning, "s", "d");

        public override IReadOnlyList<Nestor.Syntax.SyntaxKind> NodeKinds => [Nestor.Syntax.SyntaxKind.Identifier];

        public override void CheckNode(Nestor.Syntax.Node node, FileRuleContext context) => context.Report(node.Span, "identifier");
    }

    [Fact]
    public void A_path_override_switches_a_rule_off_for_its_files_only()
    {
        var files = new[] { "src/a.ts", "scripts/seed.ts", "src/b.ts" }.Select(p => new ReviewFile(p, new SourceText(p, "const x = y;\n"))).ToList();
        var config = new NestorConfig
        {
            Overrides = [new PathOverride([new Glob("scripts/**")], new Dictionary<string, DiagnosticSeverity?> { ["identifiers"] = null, ["throws"] = DiagnosticSeverity.Warning })],
        };
        var reading = new ReadingResult([], [], config, [], new Dictionary<string, SourceText>());

        var result = new ReviewEngine(new RuleCatalog([new Throws(), new ReportsIdentifiers()])).Run(new ReviewRequest("/p", files, reading));

        Assert.Equal(
            [
                ("NST4999", "scripts/seed.ts", DiagnosticSeverity.Warning),
                ("NST4999", "src/a.ts", DiagnosticSeverity.Error), ("NST4998", "src/a.ts", DiagnosticSeverity.Warning), ("NST4998", "src/a.ts", DiagnosticSeverity.Warning),
                ("NST4999", "src/b.ts", DiagnosticSeverity.Error), ("NST4998", "src/b.ts", DiagnosticSeverity.Warning), ("NST4998", "src/b.ts", DiagnosticSeverity.Warning),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Path, d.Severity)));
    }

    [Fact]
    public void A_rule_of_the_nestor_block_reports_nothing_until_the_block_declares_it()
    {
        var files = new[] { "src/a.controller.ts" }.Select(p => new ReviewFile(p, new SourceText(p, "import { Model } from 'mongoose';\n"))).ToList();
        var engine = new ReviewEngine(new RuleCatalog([new Nestor.Rules.Project.ForbidImport()]));
        var undeclared = new ReadingResult([], [], NestorConfig.Default, [], new Dictionary<string, SourceText>());
        var declared = undeclared with
        {
            Config = NestorConfig.Default with
            {
                ForbidImports = [new ForbidImportSpec(new Glob("src/**/*.controller.ts"), new Glob("mongoose"), "Controllers go through services.", null, null, new DeclarationSite("docs/RULES.md", 3))],
            },
        };

        Assert.Empty(engine.Run(new ReviewRequest("/p", files, undeclared)).Diagnostics);
        Assert.Equal(["'mongoose' must not be imported here: Controllers go through services."], engine.Run(new ReviewRequest("/p", files, declared)).Diagnostics.Select(d => d.Message));
    }
}
