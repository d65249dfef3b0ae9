using Nestor.Mongo.Advice;
using Nestor.Mongo.Indexes;
using static Nestor.Mongo.Tests.Advice.Shapes;

namespace Nestor.Mongo.Tests.Advice;

/// <summary>Existing indexes that already serve a shape, and plans merged so one index serves several shapes.</summary>
public sealed class CoverageAndMergeTests
{
    private const string Orders = "shop.orders";

    [Fact]
    public void A_shape_covered_by_an_existing_compound_index_gets_no_plan()
    {
        var existing = Index(Orders, ("status", 1), ("createdAt", -1), ("total", 1));
        var report = Advise([existing], Scanned(Find(Orders, [Eq("status"), Range("total")], [Desc("createdAt")]), 250));

        Assert.Empty(report.Plans);
        var served = Assert.Single(report.Served);
        Assert.Equal(["status_1_createdAt_-1_total_1"], served.Indexes);
        Assert.Equal("the evidence shows collection scans although `status_1_createdAt_-1_total_1` serves this shape: the index may be newer than the evidence, hidden on the server, or not chosen by the planner; check with explain()", served.Note);
    }

    [Fact]
    public void A_shape_served_by_the_prefix_of_a_longer_index_gets_no_plan()
    {
        var existing = Index(Orders, ("customerId", 1), ("status", 1), ("createdAt", -1));
        var report = Advise([existing], Scanned(Find(Orders, [Eq("status"), Eq("customerId")]), 80));

        Assert.Empty(report.Plans);
        Assert.Equal(["customerId_1_status_1_createdAt_-1"], Assert.Single(report.Served).Indexes);
    }

    [Fact]
    public void A_sort_is_served_by_an_index_read_backwards_but_not_by_one_with_a_single_key_reversed()
    {
        var shape = Find(Orders, [Eq("shopId")], [Asc("lastName"), Desc("createdAt")]);
        var backwards = Advise([Index(Orders, ("shopId", 1), ("lastName", -1), ("createdAt", 1))], Scanned(shape, 50));
        var halfReversed = Advise([Index(Orders, ("shopId", 1), ("lastName", 1), ("createdAt", 1))], Scanned(shape, 50));

        Assert.Empty(backwards.Plans);
        Assert.Equal(["shop.orders { shopId: 1, lastName: 1, createdAt: -1 }"], PlanLines(halfReversed));
    }

    [Fact]
    public void An_index_with_the_fields_in_non_esr_order_does_not_serve_and_the_esr_plan_is_given()
    {
        var existing = Index(Orders, ("total", 1), ("status", 1));
        var report = Advise([existing], Scanned(Find(Orders, [Eq("status"), Range("total")]), 50));

        Assert.Equal(["shop.orders { status: 1, total: 1 }"], PlanLines(report));
        Assert.Empty(report.Plans[0].Replaces);
    }

    [Fact]
    public void Hidden_partial_and_collated_indexes_do_not_count_and_the_plan_says_why()
    {
        var hidden = Index(Orders, ("status", 1)) with { Hidden = true };
        var report = Advise([hidden], Scanned(Find(Orders, [Eq("status")]), 50));

        Assert.Equal(["shop.orders { status: 1 }"], PlanLines(report));
        Assert.Contains("`status_1` already has these keys but is not counted: it is hidden; changing it may be enough", report.Plans[0].Caveats);

        var partial = Index(Orders, ("status", 1)) with { PartialFilterExpression = "{ \"archived\" : false }" };
        Assert.Equal("it is partial ({ \"archived\" : false }): it serves only queries that match that filter", IndexCoverage.WhyNotCounted(partial));
    }

    [Fact]
    public void The_id_index_is_always_there()
    {
        var report = Advise(Scanned(Find(Orders, [Eq("_id")]), 40));

        Assert.Empty(report.Plans);
        Assert.Equal(["_id_"], Assert.Single(report.Served).Indexes);
    }

    [Fact]
    public void A_shorter_plan_merges_into_a_longer_one_that_starts_with_it()
    {
        var report = Advise(
            Scanned(Find(Orders, [Eq("customerId")]), 100),
            Scanned(Find(Orders, [Eq("customerId")], [Desc("createdAt")]), 300));

        Assert.Equal(["shop.orders { customerId: 1, createdAt: -1 }"], PlanLines(report));
        var plan = report.Plans[0];
        Assert.Equal(400, plan.ImpactMillis);
        Assert.Equal(["find shop.orders {customerId:eq} sort {createdAt:-1}", "find shop.orders {customerId:eq}"], plan.Shapes.Select(s => s.Evidence.Shape.Fingerprint));
        Assert.Equal([0.75, 0.25], plan.Shapes.Select(s => s.Share));
    }

    [Fact]
    public void Equality_fields_shared_by_more_shapes_lead_so_that_one_index_serves_both()
    {
        var report = Advise(
            Scanned(Find(Orders, [Eq("customerId"), Eq("status")]), 100),
            Scanned(Find(Orders, [Eq("status")]), 100));

        Assert.Equal(["shop.orders { status: 1, customerId: 1 }"], PlanLines(report));
        Assert.Equal(2, report.Plans[0].Shapes.Count);
    }

    [Fact]
    public void Shapes_that_no_prefix_can_share_get_separate_plans_ranked_by_time()
    {
        var report = Advise(
            Scanned(Find(Orders, [Eq("customerId")], [Desc("createdAt")]), 100),
            Scanned(Find(Orders, [Eq("customerId"), Eq("status")]), 300),
            Scanned(Find("shop.users", [Eq("email")]), 600));

        Assert.Equal(
            ["shop.users { email: 1 }", "shop.orders { customerId: 1, status: 1 }", "shop.orders { customerId: 1, createdAt: -1 }"],
            PlanLines(report));
        Assert.Equal([1, 2, 3], report.Plans.Select(p => p.Rank));
        Assert.Equal([0.6, 0.3, 0.1], report.Plans.Select(p => Math.Round(p.Share, 6)));
    }

    [Fact]
    public void A_plan_lists_the_existing_indexes_it_makes_redundant()
    {
        var prefix = Index(Orders, ("customerId", 1));
        var unique = Index(Orders, ("customerId", -1)) with { Unique = true, Name = "customerId_unique" };
        var report = Advise([prefix, unique], Scanned(Find(Orders, [Eq("customerId")], [Desc("createdAt")]), 100));

        var plan = Assert.Single(report.Plans);
        Assert.Equal(["customerId_1"], plan.Replaces.Select(index => index.Name));
    }

    [Fact]
    public void Efficient_shapes_and_inserts_get_no_plan()
    {
        var efficient = new ShapeEvidence(Find(Orders, [Eq("status")])) { Count = 5, TotalMillis = 900, DocsExamined = 50, KeysExamined = 50, Returned = 50, PlanSummaries = ["IXSCAN { status: 1 }"] };
        var insert = new ShapeEvidence(Nestor.Mongo.Shapes.QueryShape.Create(Orders, "insert", [])) { TotalMillis = 100 };

        var report = Advise(efficient, insert);

        Assert.Empty(report.Plans);
        Assert.Equal(1, report.EfficientShapeCount);
        Assert.Equal(1, report.OtherShapeCount);
        Assert.Equal(1000, report.TotalMillis);
    }

    [Theory]
    [InlineData(0, 0, 0, 1, 0, true)] // a collection scan without figures
    [InlineData(500, 0, 500, 1, 0, false)] // a collection scan that returned everything it read
    [InlineData(600, 0, 500, 1, 0, true)]
    [InlineData(10, 10, 10, 0, 1, true)] // an in-memory sort
    [InlineData(1_000, 1_000, 100, 0, 0, true)] // ten reads per result, 900 wasted
    [InlineData(990, 990, 100, 0, 0, false)] // under ten per result
    [InlineData(95, 95, 1, 0, 0, false)] // many per result, but fewer than 100 wasted
    [InlineData(0, 5_000, 10, 0, 0, true)] // keys read without fetching: an unselective index
    public void What_counts_as_scanning(long docs, long keys, long returned, long collectionScans, long sorts, bool scans)
    {
        var evidence = new ShapeEvidence(Find(Orders, [Eq("a")])) { DocsExamined = docs, KeysExamined = keys, Returned = returned, CollectionScans = collectionScans, InMemorySorts = sorts };

        Assert.Equal(scans, IndexAdvisor.Scans(evidence, new AdviceOptions()));
    }

    [Fact]
    public void Serves_checks_equality_as_a_set_sort_in_order_and_one_range_after()
    {
        var requirement = RequirementBuilder.Build(Find(Orders, [Eq("a"), Eq("b"), Range("r")], [Desc("s")]))[0];

        Assert.True(IndexCoverage.Serves(Keys(("b", 1), ("a", -1), ("s", -1), ("r", 1)), requirement));
        Assert.True(IndexCoverage.Serves(Keys(("a", 1), ("b", 1), ("s", 1), ("r", -1), ("z", 1)), requirement));
        Assert.False(IndexCoverage.Serves(Keys(("a", 1), ("b", 1), ("s", -1)), requirement));
        Assert.False(IndexCoverage.Serves(Keys(("a", 1), ("s", -1), ("b", 1), ("r", 1)), requirement));
        Assert.False(IndexCoverage.Serves(Keys(("a", 1), ("b", 1), ("r", 1), ("s", -1)), requirement));
    }

    [Fact]
    public void A_hashed_key_serves_an_equality_but_not_a_range()
    {
        var hashed = new IndexDefinition(Orders, "customerId_hashed", [new IndexKey("customerId", IndexKeyKind.Hashed)]);

        Assert.True(IndexCoverage.Serves(hashed, RequirementBuilder.Build(Find(Orders, [Eq("customerId")]))[0]));
        Assert.False(IndexCoverage.Serves(hashed, RequirementBuilder.Build(Find(Orders, [Range("customerId")]))[0]));
    }

    [Fact]
    public void A_sparse_index_serves_an_equality_on_its_field_but_not_a_sort_alone()
    {
        var sparse = Index(Orders, ("createdAt", -1)) with { Sparse = true };

        Assert.True(IndexCoverage.Serves(sparse, RequirementBuilder.Build(Find(Orders, [Range("createdAt")]))[0]));
        Assert.False(IndexCoverage.Serves(sparse, RequirementBuilder.Build(Find(Orders, [], [Desc("createdAt")]))[0]));
    }

    private static List<IndexKey> Keys(params (string Path, int Direction)[] keys) =>
        keys.Select(k => IndexKey.Ordered(k.Path, k.Direction)).ToList();
}
