using System.Collections.Concurrent;
using Nestor.Rules.Engine;
using Nestor.Rules.Reading;

namespace Nestor.Rules.Tests.Engine;

public sealed class ReviewProgressTests
{
    [Fact]
    public void A_review_reports_every_stage_in_order_and_counts_every_file_and_project_rule()
    {
        var root = Path.Combine(CatalogueTests.SourceRoot(), "samples", "shop-api");
        var seen = new ConcurrentQueue<ReviewProgress>();
        var result = ReviewRunner.Review(root, new ReadingOptions(), RuleCatalog.BuiltIn, null, null, seen.Enqueue);

        var stages = seen.Select(p => p.Stage).Distinct().ToList();
        Assert.Equal([ReviewStage.Reading, ReviewStage.Parsing, ReviewStage.Modelling, ReviewStage.FileRules, ReviewStage.ProjectRules], stages);
        var files = seen.Where(p => p.Stage == ReviewStage.FileRules).ToList();
        Assert.Equal(result.Statistics.Files, files.Count);
        Assert.Equal(Enumerable.Range(1, files.Count), files.Select(p => p.Done).Order());
        var projectRules = RuleCatalog.BuiltIn.Rules.OfType<ProjectRule>().Count();
        Assert.Equal(projectRules, seen.Where(p => p.Stage == ReviewStage.ProjectRules).Max(p => p.Done));
        Assert.Equal("Checking files 3/67", new ReviewProgress(ReviewStage.FileRules, 3, 67).Describe());
    }
}

public sealed class ReviewPathTests
{
    [Fact]
    public void Syntax_errors_found_by_the_model_carry_the_review_s_relative_path()
    {
        var input = ReviewInput.FromFiles("/project", [KeyValuePair.Create("/project/src/broken.ts", "export const x = ;\n")]);
        var reading = new ReadingResult([], [], Nestor.Rules.Configuration.NestorConfig.Default, [], new Dictionary<string, Nestor.Text.SourceText>());
        var result = new ReviewEngine(new RuleCatalog([])).Run(new ReviewRequest("/project", input.Files, reading) { Semantics = input.Semantics, Nest = input.Nest });

        var syntax = Assert.Single(result.Diagnostics, d => d.Code.StartsWith("NST1", StringComparison.Ordinal));
        Assert.Equal("src/broken.ts", syntax.Path);
    }
}
