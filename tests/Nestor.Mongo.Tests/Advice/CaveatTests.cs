using Nestor.Mongo.Advice;
using Nestor.Mongo.Indexes;
using static Nestor.Mongo.Tests.Advice.Shapes;

namespace Nestor.Mongo.Tests.Advice;

/// <summary>The caveats of a plan: write cost, low-selectivity leading field, array fields, dynamic shapes.</summary>
public sealed class CaveatTests
{
    private const string Orders = "shop.orders";

    [Fact]
    public void Write_cost_counts_the_existing_indexes_and_the_slow_writes_in_the_evidence()
    {
        var update = new ShapeEvidence(Nestor.Mongo.Shapes.QueryShape.Create(Orders, "update", [Eq("_id")])) { Count = 1_234, TotalMillis = 10, KeysExamined = 1_234, DocsExamined = 1_234, Returned = 0 };
        var report = Advise([Index(Orders, ("sku", 1))], Scanned(Find(Orders, [Eq("customerId")], [Desc("createdAt")]), 100), update);

        Assert.Equal(
            "write cost: every insert and delete, and every update that changes `customerId`, `createdAt`, also writes this index; the collection has 2 indexes already; the evidence holds 1,234 slow writes on this collection",
            report.Plans[0].Caveats[0]);
    }

    [Fact]
    public void A_flag_or_enum_leading_field_used_alone_is_flagged_as_low_selectivity()
    {
        var report = Advise(Scanned(Find(Orders, [Eq("status")]), 100));

        Assert.Contains(
            "low selectivity: the leading field `status` looks like a flag or an enum; if one value covers most documents the index narrows little: lead with a more selective equality field, or make it a partial index ({ partialFilterExpression: { status: ... } })",
            report.Plans[0].Caveats);
    }

    [Fact]
    public void A_flag_with_a_selective_partner_is_not_flagged()
    {
        var report = Advise(Scanned(Find(Orders, [Eq("isDeleted"), Eq("customerId")]), 100));

        Assert.DoesNotContain(report.Plans[0].Caveats, caveat => caveat.StartsWith("low selectivity", StringComparison.Ordinal));
        Assert.True(Caveats.LooksLowCardinality("isDeleted"));
        Assert.True(Caveats.LooksLowCardinality("meta.type"));
        Assert.False(Caveats.LooksLowCardinality("customerId"));
        Assert.False(Caveats.LooksLowCardinality("island"));
    }

    [Fact]
    public void Exists_alone_is_flagged_as_low_selectivity()
    {
        var report = Advise(Scanned(Find(Orders, [Exists("couponCode")]), 100));

        Assert.Contains(
            "low selectivity: the leading field `couponCode` is constrained only by $exists/$type, which most documents match; lead with a more selective field or use a partial index",
            report.Plans[0].Caveats);
    }

    [Fact]
    public void Array_fields_are_flagged_and_a_second_array_is_left_out()
    {
        var report = Advise(Scanned(Find(Orders, [All("tags"), All("labels"), Eq("shopId")]), 100));

        Assert.Equal(["shop.orders { shopId: 1, labels: 1 }"], PlanLines(report));
        var caveats = report.Plans[0].Caveats;
        Assert.Equal("`tags` left out: it holds arrays like `labels`, and a compound index may index at most one array field per document", caveats[0]);
        Assert.Contains("`labels` holds arrays: the index is multikey (one entry per element), larger and costlier to write; a compound index may hold only one array field per document", caveats);
    }

    [Fact]
    public void Multikey_paths_from_an_explain_count_as_array_fields()
    {
        var evidence = Scanned(Find(Orders, [Eq("shopId"), Eq("items.sku")]), 100) with { MultikeyPaths = ["items.sku"] };
        var report = Advise(evidence);

        Assert.Contains("`items.sku` holds arrays: the index is multikey (one entry per element), larger and costlier to write; a compound index may hold only one array field per document", report.Plans[0].Caveats);
        Assert.Equal("db.getSiblingDB(\"shop\").orders.createIndex({ \"items.sku\": 1, shopId: 1 })", report.Plans[0].MongoshCommand);
    }

    [Fact]
    public void A_dynamic_shape_warns_that_the_query_is_partly_unknown()
    {
        var shape = Nestor.Mongo.Shapes.QueryShape.Create(Orders, "find", [Eq("customerId")], isDynamic: true);
        var report = Advise(Scanned(shape, 100));

        Assert.Contains(Caveats.Dynamic, report.Plans[0].Caveats);
    }

    [Fact]
    public void More_fields_than_an_index_may_hold_are_cut_with_a_caveat()
    {
        var predicates = Enumerable.Range(0, 40).Select(i => Eq($"f{i:00}")).ToArray();
        var report = Advise(Scanned(Find(Orders, predicates), 100));

        Assert.Equal(EsrPlanner.MaxKeys, report.Plans[0].Keys.Count);
        Assert.Equal("`f32` and later fields left out: an index has at most 32 fields", report.Plans[0].Caveats[0]);
    }
}
