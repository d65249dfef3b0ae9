using MongoDB.Bson;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Tests.Shapes;

/// <summary>Filters from the MongoDB manual's query examples, with the predicates each must reduce to.</summary>
public sealed class FilterShaperTests
{
    public static TheoryData<string, string> Filters() => new()
    {
        { """{ status: "D" }""", "{status:eq}" },
        { """{ status: { $eq: "D" } }""", "{status:eq}" },
        { """{ status: "A", qty: { $lt: 30 } }""", "{qty:range, status:eq}" },
        { """{ status: { $in: [ "A", "D" ] } }""", "{status:in}" },
        { """{ status: { $in: [ "A" ] } }""", "{status:eq}" },
        { """{ item: { $in: [ /^p/ ] } }""", "{item:regex}" },
        { """{ item: { $in: [ { $regularExpression: { pattern: "^p", options: "" } } ] } }""", "{item:regex}" },
        { """{ tags: { $in: [ [ "red", "blank" ] ] } }""", "{tags:eq}" },
        { """{ status: { $in: [ ] } }""", "{status:in}" },
        { """{ $nor: [ { status: { $in: [ "A" ] } } ] }""", "{status:not}" },
        { """{ qty: { $gt: 20, $lte: 50 } }""", "{qty:range}" },
        { """{ qty: { $ne: 20 } }""", "{qty:not}" },
        { """{ qty: { $nin: [ 5, 15 ] } }""", "{qty:not}" },
        { """{ price: { $not: { $gt: 1.99 } } }""", "{price:not}" },
        { """{ qty: { $exists: true, $nin: [ 5, 15 ] } }""", "{qty:exists, qty:not}" },
        { """{ item: { $regex: "^p", $options: "i" } }""", "{item:regex}" },
        { """{ item: /^p/i }""", "{item:regex}" },
        { """{ tags: { $all: [ "red", "blank" ] } }""", "{tags:all}" },
        { """{ tags: { $size: 3 } }""", "{tags:size}" },
        { """{ zipCode: { $type: "string" } }""", "{zipCode:type}" },
        { """{ results: { $elemMatch: { $gte: 80, $lt: 85 } } }""", "{results:elemMatch}" },
        { """{ "size.uom": "in", "size.h": { $lt: 15 } }""", "{size.h:range, size.uom:eq}" },
        { """{ size: { h: 14, w: 21, uom: "cm" } }""", "{size:eq}" },
        { """{ _id: { $oid: "5f1d7a1b9c1e4b2a3c4d5e6f" } }""", "{_id:eq}" },
        { """{ $and: [ { qty: { $gte: 10 } }, { qty: { $lte: 20 } }, { sale: true } ] }""", "{qty:range, sale:eq}" },
        { """{ $nor: [ { price: 1.99 }, { sale: true } ] }""", "{price:not, sale:not}" },
        { """{ $text: { $search: "coffee" } }""", "{$text:text}" },
        { """{ $expr: { $gt: [ "$spent", "$budget" ] } }""", "{$expr:expr}" },
        { """{ $where: "this.a > 1" }""", "{$where:where}" },
        { """{ location: { $near: { $geometry: { type: "Point", coordinates: [ -73.9, 40.7 ] }, $maxDistance: 500 } } }""", "{location:geo}" },
        { """{ a: { $mod: [ 4, 0 ] }, $comment: "why" }""", "{a:other}" },
        { """{}""", "{}" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void A_filter_reduces_to_its_predicates(string filter, string expected)
    {
        var (and, or) = FilterShaper.Shape(BsonDocument.Parse(filter));

        Assert.Empty(or);
        Assert.Equal(expected, Text(and));
    }

    [Fact]
    public void A_top_level_or_becomes_branches_beside_the_and_predicates()
    {
        var (and, or) = FilterShaper.Shape(BsonDocument.Parse("""{ status: "A", $or: [ { qty: { $lt: 30 } }, { item: /^p/ }, { qty: 1, tag: { $in: [1, 2] } } ] }"""));

        Assert.Equal("{status:eq}", Text(and));
        Assert.Equal(["{qty:range}", "{item:regex}", "{qty:eq, tag:in}"], or.Select(Text));
    }

    [Fact]
    public void An_or_inside_and_clauses_is_still_the_first_or_and_a_second_one_keeps_only_its_fields()
    {
        var (and, or) = FilterShaper.Shape(BsonDocument.Parse("""{ $and: [ { $or: [ { a: 1 }, { b: 1 } ] }, { $or: [ { c: { $gt: 1 } }, { d: 1 } ] } ] }"""));

        Assert.Equal(["{a:eq}", "{b:eq}"], or.Select(Text));
        Assert.Equal("{c:range, d:eq}", Text(and));
    }

    [Fact]
    public void Sort_keeps_the_written_order_and_directions()
    {
        var sort = FilterShaper.Sort(BsonDocument.Parse("""{ createdAt: -1, _id: 1, score: { $meta: "textScore" }, name: "desc" }"""));

        Assert.Equal([new SortKey("createdAt", -1), new SortKey("_id", 1), new SortKey("score", 0), new SortKey("name", -1)], sort);
    }

    [Fact]
    public void Projection_sorts_paths_and_marks_exclusions()
    {
        var projection = FilterShaper.Projection(BsonDocument.Parse("""{ total: 1, _id: 0, status: true, "items.sku": 1, secret: false }"""));

        Assert.Equal(["-_id", "-secret", "items.sku", "status", "total"], projection);
    }

    [Fact]
    public void The_pipeline_head_merges_leading_matches_and_takes_the_first_sort_before_any_reshaping_stage()
    {
        var pipeline = BsonDocument.Parse("""{ p: [ { $match: { status: "A" } }, { $sort: { date: -1 } }, { $match: { qty: { $gt: 1 } } }, { $group: { _id: "$x" } }, { $match: { n: 1 } } ] }""")["p"].AsBsonArray;

        var (match, sort) = FilterShaper.PipelineHead(pipeline);

        Assert.Equal("{qty:range, status:eq}", Text(FilterShaper.Shape(match).Filter));
        Assert.Equal("{ \"date\" : -1 }", sort!.ToJson());
        Assert.Equal(["$match", "$sort", "$match", "$group", "$match"], FilterShaper.StageNames(pipeline));
    }

    [Fact]
    public void A_match_after_a_group_is_not_the_indexable_head()
    {
        var pipeline = BsonDocument.Parse("""{ p: [ { $group: { _id: "$x", n: { $sum: 1 } } }, { $match: { n: { $gt: 5 } } } ] }""")["p"].AsBsonArray;

        var (match, sort) = FilterShaper.PipelineHead(pipeline);

        Assert.Null(match);
        Assert.Null(sort);
    }

    [Fact]
    public void A_hostile_depth_is_cut_and_marked_instead_of_recursing_without_end()
    {
        var filter = new BsonDocument("a", 1);
        for (var i = 0; i < 200; i++)
        {
            filter = new BsonDocument("$and", new BsonArray { filter });
        }

        var (and, _) = FilterShaper.Shape(filter);

        Assert.Equal("{$deep:other}", Text(and));
    }

    private static string Text(IEnumerable<FieldPredicate> predicates) =>
        "{" + string.Join(", ", predicates.Select(p => $"{p.Path}:{QueryShapeFingerprint.Token(p.Kind)}")) + "}";
}
