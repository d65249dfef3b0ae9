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
}
