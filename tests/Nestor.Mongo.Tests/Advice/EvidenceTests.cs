using Nestor.Mongo.Advice;
using Nestor.Mongo.Indexes;
using Nestor.Mongo.Logs;
using Nestor.Mongo.Shapes;
using static Nestor.Mongo.Tests.Advice.Shapes;

namespace Nestor.Mongo.Tests.Advice;

/// <summary>What the evidence itself tells: indexes seen in plans, internal collections, writes judged per run, sums per shape.</summary>
public sealed class EvidenceTests
{
    private const string Orders = "shop.orders";

    [Fact]
    public void An_index_seen_in_a_plan_summary_counts_as_existing()
    {
        var evidence = new ShapeEvidence(Find(Orders, [Eq("customerId"), Eq("status")]))
        {
            Count = 3,
            TotalMillis = 300,
            KeysExamined = 30_000,
            DocsExamined = 30_000,
            Returned = 30,
            PlanSummaries = ["IXSCAN { customerId: 1, status: 1 }"],
        };

        var report = Advise(evidence);

        Assert.Empty(report.Plans);
        var served = Assert.Single(report.Served);
        Assert.Equal(["customerId_1_status_1"], served.Indexes);
        Assert.Equal("`customerId_1_status_1` serves this shape yet it reads 1000 keys or documents per result: its leading fields may match many documents; check their selectivity", served.Note);
    }

    [Fact]
    public void Plan_summaries_give_index_definitions_with_unknown_options()
    {
        var evidence = new ShapeEvidence(Find(Orders, [Eq("a")])) { PlanSummaries = ["IXSCAN { a: 1, b: -1 }, IXSCAN { c: 1 }", "EXPRESS_IXSCAN { _id: 1 },EXPRESS_UPDATE", "COLLSCAN", "IXSCAN { loc: \"2dsphere\" }"] };

        var indexes = EvidenceIndexes.FromPlans([evidence]);

        Assert.Equal(["_id_1 { _id: 1 }", "a_1_b_-1 { a: 1, b: -1 }", "c_1 { c: 1 }", "loc_2dsphere { loc: \"2dsphere\" }"], indexes.Select(i => $"{i.Name} {i.KeyPatternText}"));
        Assert.All(indexes, index => Assert.Equal((false, IndexSources.Plan), (index.OptionsKnown, index.Source)));
    }

    [Fact]
    public void Shapes_on_internal_collections_are_counted_not_advised()
    {
        var report = Advise(
            Scanned(Find("config.transactions", [Eq("state")]), 10),
            Scanned(Find("local.oplog.rs", [Range("ts")]), 10),
            Scanned(Find("app.system.buckets.weather", [Eq("meta")]), 10),
            Scanned(Find("app.systems", [Eq("name")]), 10));

        Assert.Equal(["app.systems { name: 1 }"], PlanLines(report));
        Assert.Equal(3, report.InternalShapeCount);
        Assert.True(IndexAdvisor.IsInternal("admin.system.keys"));
        Assert.False(IndexAdvisor.IsInternal("administration.users"));
    }

    [Fact]
    public void Writes_that_read_one_document_per_run_are_efficient()
    {
        var update = new ShapeEvidence(QueryShape.Create(Orders, "update", [Eq("sku")])) { Count = 890, TotalMillis = 278, DocsExamined = 890, KeysExamined = 890, Returned = 0, PlanSummaries = ["IXSCAN { sku: 1 }"] };
        var scanningUpdate = update with { Shape = QueryShape.Create(Orders, "update", [Eq("batch")]), DocsExamined = 890_000, KeysExamined = 0, PlanSummaries = ["COLLSCAN"], CollectionScans = 890 };

        var report = Advise(update, scanningUpdate);

        Assert.Equal(["shop.orders { batch: 1 }"], PlanLines(report));
        Assert.Equal(1, report.EfficientShapeCount);
    }

    [Fact]
    public void The_accumulator_sums_operations_per_shape_and_skips_batch_summaries()
    {
        var shape = Find(Orders, [Eq("status")], [Desc("createdAt")]);
        var accumulator = new EvidenceAccumulator();
        accumulator.Add(Operation(shape, 120, "COLLSCAN", docs: 5_000, returned: 10, sort: true));
        accumulator.Add(Operation(shape, 80, "IXSCAN { status: 1 }", docs: 400, returned: 10, sort: false));
        accumulator.Add(Operation(shape, 999, "COLLSCAN", docs: 1, returned: 1, sort: false));
        accumulator.Add(new SlowOperation { Shape = QueryShape.Create(Orders, "update", []), LogNamespace = "shop.$cmd", Format = EvidenceFormat.JsonLog, DurationMillis = 50, IsWriteBatchSummary = true });

        var evidence = Assert.Single(accumulator.ToEvidence(), e => e.Shape.Operation == "find");

        Assert.Equal((3L, 1199.0, 5_401L, 21L, 2L, 1L), (evidence.Count, evidence.TotalMillis, evidence.DocsExamined, evidence.Returned, evidence.CollectionScans, evidence.InMemorySorts));
        Assert.Equal(["COLLSCAN", "IXSCAN { status: 1 }"], evidence.PlanSummaries);
        Assert.Equal(["log"], evidence.Sources);
        Assert.Single(accumulator.ToEvidence());
    }

    [Fact]
    public void Evidence_of_the_same_shape_from_several_sources_is_summed()
    {
        var shape = Find(Orders, [Eq("a")]);
        var combined = ShapeEvidence.CombineByShape([Scanned(shape, 10) with { Sources = ["log"], MultikeyPaths = ["tags"] }, Scanned(shape, 5) with { Sources = ["explain"] }]);

        var single = Assert.Single(combined);
        Assert.Equal((2L, 15.0, 2L), (single.Count, single.TotalMillis, single.CollectionScans));
        Assert.Equal(["explain", "log"], single.Sources);
        Assert.Equal(["tags"], single.MultikeyPaths);
    }

    private static SlowOperation Operation(QueryShape shape, double millis, string? plan, long docs, long returned, bool sort) => new()
    {
        Shape = shape,
        LogNamespace = shape.Namespace,
        Format = EvidenceFormat.JsonLog,
        DurationMillis = millis,
        DocsExamined = docs,
        NReturned = returned,
        PlanSummary = plan,
        HasSortStage = sort,
    };
}
