using Nestor.Mongo.Advice;
using Nestor.Mongo.Shapes;
using static Nestor.Mongo.Tests.Advice.Shapes;

namespace Nestor.Mongo.Tests.Advice;

/// <summary>Slow shapes no index can help, and the code locations tied to slow shapes.</summary>
public sealed class UnplannableAndCodeSiteTests
{
    private const string Orders = "shop.orders";

    [Fact]
    public void A_scan_without_filter_or_sort_is_explained_not_planned()
    {
        var report = Advise(Scanned(Find(Orders, []), 100));

        Assert.Empty(report.Plans);
        Assert.Equal("no filter and no sort: it reads the whole collection by design (add a filter or a limit, or accept the scan)", Assert.Single(report.Unplannable).Reason);
    }

    [Fact]
    public void Only_unindexable_predicates_are_named()
    {
        var report = Advise(Scanned(Find(Orders, [Expr(), Not("status")]), 100));

        Assert.Equal("only predicates no index narrows: `$expr` (expr), `status` (not)", Assert.Single(report.Unplannable).Reason);
    }

    [Fact]
    public void An_or_with_a_branch_no_index_narrows_scans_as_a_whole()
    {
        var report = Advise(Scanned(Find(Orders, [], or: [[Eq("customerId")], [Not("status")]]), 100));

        Assert.Empty(report.Plans);
        Assert.Equal("$or branch 2 has no field an index can narrow, so the whole $or reads the collection; only predicates no index narrows: `status` (not)", Assert.Single(report.Unplannable).Reason);
    }

    [Fact]
    public void Code_sites_match_by_collection_filter_fields_and_sort_fields()
    {
        var slow = Find(Orders, [Eq("customerId"), Range("createdAt")], [Desc("createdAt")]);
        var sites = new[]
        {
            new CodeQuerySite("src/orders/orders.service.ts", 42, QueryShape.Create("?.orders", "find", [In("customerId"), Range("createdAt")], sort: [Desc("createdAt")])),
            new CodeQuerySite("src/orders/orders.repository.ts", 7, QueryShape.Create("?.orders", "find", [Eq("customerId"), Range("createdAt")], sort: [Desc("createdAt")])),
            new CodeQuerySite("src/orders/orders.service.ts", 60, QueryShape.Create("?.orders", "find", [Eq("customerId")], sort: [Desc("createdAt")])),
            new CodeQuerySite("src/users/users.service.ts", 9, QueryShape.Create("?.users", "find", [Eq("customerId"), Range("createdAt")], sort: [Desc("createdAt")])),
            new CodeQuerySite("src/orders/orders.service.ts", 80, QueryShape.Create("other.orders", "find", [Eq("customerId"), Range("createdAt")], sort: [Desc("createdAt")])),
        };

        var report = IndexAdvisor.Advise(new AdviceInput { Evidence = [Scanned(slow, 100)], CodeSites = sites });

        Assert.Equal(["src/orders/orders.repository.ts:7", "src/orders/orders.service.ts:42"], report.Plans[0].Shapes[0].CodeSites.Select(site => site.ToString()));
    }

    [Fact]
    public void Or_branches_match_in_any_order()
    {
        var code = QueryShape.Create("?.orders", "find", [], orBranches: [[Eq("b")], [Eq("a")]]);
        var evidence = QueryShape.Create(Orders, "find", [], orBranches: [[Eq("a")], [Eq("b")]]);

        Assert.True(CodeSiteMatcher.Matches(code, evidence));
        Assert.False(CodeSiteMatcher.Matches(code, QueryShape.Create(Orders, "find", [], orBranches: [[Eq("a")], [Eq("c")]])));
    }

    [Fact]
    public void The_schema_name_comes_from_the_project_when_it_is_known()
    {
        var report = IndexAdvisor.Advise(new AdviceInput
        {
            Evidence = [Scanned(Find(Orders, [Eq("customerId")]), 100)],
            SchemaNames = new Dictionary<string, string> { ["orders"] = "PurchaseOrderSchema" },
        });

        Assert.Equal("PurchaseOrderSchema.index({ customerId: 1 });", report.Plans[0].MongooseLine);
    }
}
