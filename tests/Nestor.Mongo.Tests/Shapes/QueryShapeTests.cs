using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Tests.Shapes;

public sealed class QueryShapeTests
{
    [Fact]
    public void The_fingerprint_lists_every_part_in_its_documented_order()
    {
        var shape = QueryShape.Create(
            "shop.orders",
            "find",
            [new("status", PredicateKind.Equality), new("createdAt", PredicateKind.Range)],
            orBranches: [[new("b", PredicateKind.In)], [new("a", PredicateKind.Exists)]],
            sort: [new("createdAt", -1), new("_id", 1)],
            projection: ["total", "-_id"]);

        Assert.Equal("find shop.orders {createdAt:range, status:eq} or [{b:in} | {a:exists}] sort {createdAt:-1, _id:1} project {-_id, total}", shape.Fingerprint);
    }

    [Fact]
    public void Pipeline_command_name_and_dynamic_marker_are_written_when_present()
    {
        var aggregate = QueryShape.Create("shop.orders", "aggregate", [new("status", PredicateKind.Equality)], pipeline: ["$match", "$group"], isDynamic: true);
        var command = QueryShape.Create("shop.orders", "command", []) with { CommandName = "createIndexes" };

        Assert.Equal("aggregate shop.orders {status:eq} pipeline [$match, $group] dynamic", aggregate.Fingerprint);
        Assert.Equal("command:createIndexes shop.orders {}", command.Fingerprint);
    }

    [Fact]
    public void Create_sorts_and_deduplicates_the_filter()
    {
        var shape = QueryShape.Create("db.c", "find", [new("b", PredicateKind.Range), new("a", PredicateKind.In), new("b", PredicateKind.Range), new("a", PredicateKind.Equality)]);

        Assert.Equal([new FieldPredicate("a", PredicateKind.Equality), new FieldPredicate("a", PredicateKind.In), new FieldPredicate("b", PredicateKind.Range)], shape.Filter);
    }

    [Fact]
    public void Shapes_built_in_different_orders_are_equal_and_hash_alike()
    {
        var one = new QueryShape("db.c", "find", [new("b", PredicateKind.Range), new("a", PredicateKind.Equality)], [], [], [], []);
        var two = QueryShape.Create("db.c", "find", [new("a", PredicateKind.Equality), new("b", PredicateKind.Range)]);

        Assert.Equal(one, two);
        Assert.Equal(one.GetHashCode(), two.GetHashCode());
        Assert.NotEqual(one, two with { Operation = "count" });
    }

    [Fact]
    public void Filter_paths_include_the_or_branches_once_each()
    {
        var shape = QueryShape.Create("db.c", "find", [new("a", PredicateKind.Equality)], orBranches: [[new("b", PredicateKind.Equality)], [new("a", PredicateKind.Range)]]);

        Assert.Equal(["a", "b"], shape.FilterPaths);
    }
}
