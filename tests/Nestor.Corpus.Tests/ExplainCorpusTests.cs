using Nestor.Mongo.Advice;
using Nestor.Mongo.Explain;
using Nestor.Mongo.Indexes;

namespace Nestor.Corpus.Tests;

/// <summary>Real explain outputs of servers 3.2 to 8.0, and what the reader makes of each.</summary>
public sealed class ExplainCorpusTests
{
    [Theory]
    [InlineData("compass__simple_collscan_3.2.json", "find mongodb.fanclub {}", "COLLSCAN", 0L, 1_000_000L, 1_000_000L, 188.0, false)]
    [InlineData("compass__simple_index_3.2.json", "find mongodb.fanclub {age:range}", "IXSCAN { age: 1 }", 191_665L, 191_665L, 191_665L, 135.0, false)]
    [InlineData("compass__covered_index_3.2.json", "find mongodb.fanclub {age:range}", "IXSCAN { age: 1 }", 191_665L, 0L, 191_665L, 118.0, false)]
    [InlineData("compass__sort_skip_limit_index_3.2.json", "find mongodb.fanclub {age:range} sort {email:-1}", "IXSCAN { age: 1 }", 191_665L, 191_665L, 9L, 495.0, true)]
    [InlineData("datadog__explain-standalone_6.0.15.json", "find integration.products {data:range, message:regex}", "COLLSCAN", 0L, 721L, 0L, 14.0, false)]
    [InlineData("compass-explain-compat__unsharded-find.sbe.in.json", "find sample_airbnb.listingsAndReviews {beds:range}", "IXSCAN { beds: 1 }", 1_432L, 1_432L, 1_432L, 5.0, false)]
    [InlineData("compass__aggregate_cursor_sbe.json", "aggregate bigDB.faker_hacker {abbreviation:regex} pipeline [$match, $unwind, $limit]", "IXSCAN { abbreviation: 1 }", 479L, 6L, 6L, 1.0, false)]
    [InlineData("compass__count_scan.json", "aggregate air.count_scan {a:eq} pipeline [$match, $count]", "COUNT_SCAN { a: 1 }", 2L, 0L, 1L, 2.0, false)]
    [InlineData("compass__clustered_scan.json", "find airbnb.cs {_id:eq}", "CLUSTERED_IXSCAN", 0L, 2L, 1L, 0.0, false)]
    [InlineData("compass__express_index_scan.json", "find airbnb.t {a:eq}", "EXPRESS_IXSCAN { a: 1, b: 1 }", 1L, 1L, 1L, 0.0, false)]
    [InlineData("compass-explain-compat__sharded-find.classic.in.json", "find config.settings {}", "EOF", 0L, 0L, 0L, 0.0, false)]
    public void Each_sample_gives_its_shape_plan_and_figures(string file, string fingerprint, string plan, long keys, long docs, long returned, double millis, bool sort)
    {
        var content = ExplainReader.ReadFile(Corpus.File(Path.Combine("explain", file)));

        Assert.Empty(content.Problems);
        var result = Assert.Single(content.Results);
        Assert.Equal(fingerprint, result.Shape.Fingerprint);
        Assert.Equal(plan, result.PlanSummary);
        Assert.Equal((keys, docs, returned, millis, sort), (result.KeysExamined ?? -1, result.DocsExamined ?? -1, result.Returned ?? -1, result.ExecutionTimeMillis ?? -1, result.InMemorySort));
    }

    [Fact]
    public void The_covered_sample_is_covered_and_the_sharded_one_names_its_shard()
    {
        Assert.True(ExplainReader.ReadFile(Corpus.File("explain/compass__covered_index_3.2.json")).Results[0].Covered);
        Assert.False(ExplainReader.ReadFile(Corpus.File("explain/compass__simple_index_3.2.json")).Results[0].Covered);
        Assert.Equal(["config"], ExplainReader.ReadFile(Corpus.File("explain/compass-explain-compat__sharded-find.classic.in.json")).Results[0].Shards);
    }

    [Fact]
    public void Advice_on_all_explain_samples()
    {
        var evidence = Directory.GetFiles(Path.GetDirectoryName(Corpus.File("explain/compass__count_scan.json"))!, "*.json")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => ExplainReader.ReadFile(path).Results)
            .Select(result => result.ToEvidence())
            .ToList();

        var report = IndexAdvisor.Advise(new AdviceInput { Evidence = evidence });

        Assert.Equal(["mongodb.fanclub { email: -1, age: 1 }", "integration.products { data: 1, message: 1 }"], report.Plans.Select(p => $"{p.Namespace} {p.KeyPatternText}"));
        Assert.Equal(495, report.Plans[0].ImpactMillis);
        Assert.Equal(["aggregate bigDB.faker_hacker {abbreviation:regex} pipeline [$match, $unwind, $limit]"], report.Served.Select(s => s.Evidence.Shape.Fingerprint));
        Assert.Equal(["abbreviation_1"], report.Served[0].Indexes);
        Assert.Equal(10, report.ShapeCount);
        Assert.Equal(6, report.EfficientShapeCount);
        Assert.Equal(1, report.InternalShapeCount);
        Assert.Equal(958, report.TotalMillis);
    }

    [Fact]
    public void The_indexStats_sample_gives_usage_and_a_key_only_definition()
    {
        var content = IndexFileReader.ReadFile(Corpus.File("indexstats/datadog__indexStats-bar.json"), "test.bar");

        Assert.Empty(content.Problems);
        var usage = Assert.Single(content.Usage);
        Assert.Equal(("test.bar", "_id_", 12L, "07611b1ad97a:27018"), (usage.Namespace, usage.Name, usage.Ops, usage.Host));
        Assert.Equal(new DateTimeOffset(2020, 9, 16, 13, 14, 5, 88, TimeSpan.Zero), usage.Since);
        var index = Assert.Single(content.Indexes);
        Assert.False(index.OptionsKnown);
        Assert.Equal("{ _id: 1 }", index.KeyPatternText);
    }
}
