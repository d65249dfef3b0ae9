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
