using MongoDB.Bson;
using Nestor.Mongo.Advice;
using Nestor.Mongo.Shapes;
using static Nestor.Mongo.Tests.Advice.Shapes;

namespace Nestor.Mongo.Tests.Advice;

/// <summary>Shapes with a known best index: the ESR rule, $in before a sort, several sort keys, $or, equality and range on sort fields.</summary>
public sealed class EsrPlanTests
{
    private const string Orders = "shop.orders";

    [Fact]
    public void Equality_then_sort_then_range()
    {
        var report = Advise(Scanned(Find(Orders, [Range("total"), Eq("status")], [Desc("createdAt")]), 500));

        Assert.Equal(["shop.orders { status: 1, createdAt: -1, total: 1 }"], PlanLines(report));
        var plan = report.Plans[0];
        Assert.Equal("db.getSiblingDB(\"shop\").orders.createIndex({ status: 1, createdAt: -1, total: 1 })", plan.MongoshCommand);
        Assert.Equal("OrderSchema.index({ status: 1, createdAt: -1, total: 1 });", plan.MongooseLine);
        Assert.Equal("status_1_createdAt_-1_total_1", plan.Name);
    }

    [Fact]
    public void In_followed_by_a_sort_goes_behind_the_sort_like_a_range()
    {
        var report = Advise(Scanned(Find(Orders, [In("status"), Eq("customerId")], [Desc("createdAt")]), 300));

        Assert.Equal(["shop.orders { customerId: 1, createdAt: -1, status: 1 }"], PlanLines(report));
        Assert.Contains(report.Plans[0].Caveats, caveat => caveat.StartsWith("`status` use $in before a sort: several values come out of the index as separate runs", StringComparison.Ordinal));
    }

    [Fact]
    public void In_without_a_sort_is_an_equality_and_follows_the_plain_equalities()
    {
        var report = Advise(Scanned(Find(Orders, [In("status"), Eq("customerId"), Range("total")]), 300));

        Assert.Equal(["shop.orders { customerId: 1, status: 1, total: 1 }"], PlanLines(report));
        Assert.DoesNotContain(report.Plans[0].Caveats, caveat => caveat.Contains("$in", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ find: "orders", filter: { status: { $in: ["pending"] }, customerId: 5 }, sort: { createdAt: -1 } }""", "shop.orders { customerId: 1, status: 1, createdAt: -1 }")]
    [InlineData("""{ find: "orders", filter: { status: { $in: ["pending", "paid"] }, customerId: 5 }, sort: { createdAt: -1 } }""", "shop.orders { customerId: 1, createdAt: -1, status: 1 }")]
    public void A_single_value_in_is_planned_as_the_equality_the_server_makes_of_it(string command, string plan)
    {
        var shape = CommandShaper.FromCommand(Orders, BsonDocument.Parse(command));

        var report = Advise(Scanned(shape, 300));

        Assert.Equal([plan], PlanLines(report));
        Assert.Equal(command.Contains("\"paid\"", StringComparison.Ordinal), report.Plans[0].Caveats.Any(caveat => caveat.Contains("$in before a sort", StringComparison.Ordinal)));
    }

    [Fact]
    public void In_on_the_sort_field_is_served_by_the_sort_key()
    {
        var report = Advise(Scanned(Find(Orders, [In("status")], [Asc("status"), Desc("createdAt")]), 300));

        Assert.Equal(["shop.orders { status: 1, createdAt: -1 }"], PlanLines(report));
    }

    [Fact]
    public void Several_sort_keys_keep_their_order_and_mixed_directions()
    {
        var report = Advise(Scanned(Find("crm.people", [Eq("city"), Range("age")], [Asc("lastName"), Asc("firstName"), Desc("joinedAt")]), 120));

        Assert.Equal(["crm.people { city: 1, lastName: 1, firstName: 1, joinedAt: -1, age: 1 }"], PlanLines(report));
    }

    [Fact]
    public void Equality_on_a_sort_field_takes_it_out_of_the_sort()
    {
        var report = Advise(Scanned(Find(Orders, [Eq("status")], [Asc("status"), Desc("createdAt")]), 100));

        Assert.Equal(["shop.orders { status: 1, createdAt: -1 }"], PlanLines(report));
    }

    [Fact]
    public void Range_on_the_sort_field_is_served_by_the_sort_key()
    {
        var report = Advise(Scanned(Find(Orders, [Range("createdAt"), Eq("shopId")], [Desc("createdAt")]), 100));

        Assert.Equal(["shop.orders { shopId: 1, createdAt: -1 }"], PlanLines(report));
    }

    [Fact]
    public void Or_gets_one_index_per_branch_each_with_the_shared_and_fields()
    {
        var shape = Find(Orders, [Eq("shopId")], or: [[Eq("customerId")], [Range("total"), Eq("status")]]);
        var report = Advise(Scanned(shape, 400));

        Assert.Equal(["shop.orders { shopId: 1, customerId: 1 }", "shop.orders { shopId: 1, status: 1, total: 1 }"], PlanLines(report).Order(StringComparer.Ordinal).ToArray());
        Assert.All(report.Plans, plan => Assert.Equal(400, plan.ImpactMillis));
        Assert.Equal([0], report.Plans.Single(p => p.Keys[1].Path == "customerId").Shapes[0].Branches);
        Assert.Equal([1], report.Plans.Single(p => p.Keys[1].Path == "status").Shapes[0].Branches);
        Assert.Contains("$or: the query uses indexes only when each of its 2 branches has one; the other branches' indexes are listed as their own plans or as existing", report.Plans[0].Caveats);
    }

    [Fact]
    public void Or_branch_served_by_an_existing_index_gets_no_plan()
    {
        var shape = Find(Orders, [], or: [[Eq("customerId")], [Eq("email")]]);
        var report = Advise([Index(Orders, ("customerId", 1))], Scanned(shape, 400));

        Assert.Equal(["shop.orders { email: 1 }"], PlanLines(report));
        Assert.Equal([1], report.Plans[0].Shapes[0].Branches);
    }

    [Fact]
    public void Sort_with_meta_score_is_not_put_in_the_index()
    {
        var report = Advise(Scanned(Find(Orders, [In("status"), Eq("shopId")], [new("score", 0), Desc("createdAt")]), 100));

        Assert.Equal(["shop.orders { shopId: 1, status: 1 }"], PlanLines(report));
    }

    [Fact]
    public void Regex_exists_and_ranges_come_after_the_equalities_in_class_order()
    {
        var report = Advise(Scanned(Find(Orders, [Exists("deletedAt"), Regex("name"), Range("price"), Eq("shopId")]), 100));

        Assert.Equal(["shop.orders { shopId: 1, price: 1, name: 1, deletedAt: 1 }"], PlanLines(report));
        var caveats = report.Plans[0].Caveats;
        Assert.Contains("`name` matched by a regular expression: only a case-sensitive prefix (/^abc/) gives tight index bounds; other patterns read the whole range", caveats);
        Assert.Contains("only the first range field (`price`) narrows the scan; `name`, `deletedAt` filter the index keys without narrowing it (put the most selective range first)", caveats);
    }

    [Fact]
    public void Not_predicates_stay_out_of_the_index_and_are_named_in_a_caveat()
    {
        var report = Advise(Scanned(Find(Orders, [Eq("shopId"), Not("status")]), 100));

        Assert.Equal(["shop.orders { shopId: 1 }"], PlanLines(report));
        Assert.Contains("`status` (not) cannot narrow an index scan: checked on each document the index returns", report.Plans[0].Caveats);
    }

    [Fact]
    public void Requirement_of_an_aggregate_comes_from_its_leading_match_and_sort()
    {
        var shape = Nestor.Mongo.Shapes.CommandShaper.FromCommand("shop.$cmd", MongoDB.Bson.BsonDocument.Parse(
            "{ aggregate: 'orders', pipeline: [ { $match: { status: 'paid', total: { $gte: 10 } } }, { $sort: { paidAt: -1 } }, { $group: { _id: '$shopId' } } ], $db: 'shop' }"));
        var report = Advise(Scanned(shape, 90));

        Assert.Equal(["shop.orders { status: 1, paidAt: -1, total: 1 }"], PlanLines(report));
    }
}
