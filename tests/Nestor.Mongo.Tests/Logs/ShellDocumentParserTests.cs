using MongoDB.Bson;
using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Tests.Logs;

/// <summary>The shell syntax that 2.x–4.2 logs print, value kinds included.</summary>
public sealed class ShellDocumentParserTests
{
    [Fact]
    public void Shell_values_become_values_and_regexes_stay_regexes()
    {
        var parsed = ShellDocumentParser.Parse("""{ _id: ObjectId('5371ee419194bf134f7a34d0'), at: new Date(1494246060704), id: UUID("edbf6089-da9b-4dfd-8af0-a55a0e525d27"), uid: BinData(0, E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855), n: NumberLong(12), name: /^ab\/c/i, ok: true, none: null, f: 1.5, neg: -3 }""");

        Assert.True(parsed.Complete);
        Assert.Equal(["_id", "at", "id", "uid", "n", "name", "ok", "none", "f", "neg"], parsed.Document.Names);
        Assert.Equal("ObjectId('5371ee419194bf134f7a34d0')", parsed.Document["_id"].AsString);
        Assert.Equal("new Date(1494246060704)", parsed.Document["at"].AsString);
        Assert.Equal(new BsonRegularExpression("^ab\\/c", "i"), parsed.Document["name"]);
        Assert.Equal(BsonBoolean.True, parsed.Document["ok"]);
        Assert.Equal(BsonNull.Value, parsed.Document["none"]);
        Assert.Equal(new BsonDouble(1.5), parsed.Document["f"]);
        Assert.Equal(new BsonInt64(-3), parsed.Document["neg"]);
    }

    [Fact]
    public void Dotted_keys_bare_words_and_old_timestamps_are_read()
    {
        var parsed = ShellDocumentParser.Parse("""{ burlywood.raisin: 63a7dc66fcdcf22f4b4f6adba20458fc, shardVersion: [ Timestamp 0|0, ObjectId('000000000000000000000000') ], max: { foo: MaxKey } }""");

        Assert.True(parsed.Complete);
        Assert.Equal("63a7dc66fcdcf22f4b4f6adba20458fc", parsed.Document["burlywood.raisin"].AsString);
        Assert.Equal(["Timestamp 0|0", "ObjectId('000000000000000000000000')"], parsed.Document["shardVersion"].AsBsonArray.Select(v => v.AsString));
        Assert.Equal("MaxKey", parsed.Document["max"]["foo"].AsString);
    }

    [Fact]
    public void An_operator_filter_keeps_its_structure()
    {
        var parsed = ShellDocumentParser.Parse("""{ find: "c", filter: { status: { $in: [ "A", "D" ] }, qty: { $lt: 30 } }, $db: "test" }""");

        Assert.Equal("""{ "find" : "c", "filter" : { "status" : { "$in" : ["A", "D"] }, "qty" : { "$lt" : 30 } }, "$db" : "test" }""", parsed.Document.ToJson());
    }

    [Fact]
    public void A_document_cut_short_yields_what_was_read_and_says_so()
    {
        var parsed = ShellDocumentParser.Parse("""{find: "collection", filter: {x: 1, y: {$gt: 5""");

        Assert.False(parsed.Complete);
        Assert.Equal("""{ "find" : "collection", "filter" : { "x" : 1, "y" : { "$gt" : 5 } } }""", parsed.Document.ToJson());
    }

    [Fact]
    public void Parsing_stops_after_the_document_so_the_line_can_go_on()
    {
        const string line = "query: { a: 1 } planSummary: COLLSCAN";
        var position = line.IndexOf('{');

        var parsed = ShellDocumentParser.Parse(line, ref position);

        Assert.True(parsed.Complete);
        Assert.Equal(" planSummary: COLLSCAN", line[position..]);
    }

    [Fact]
    public void Deep_nesting_is_bounded()
    {
        var text = string.Concat(Enumerable.Repeat("{a:", 5000)) + "1" + new string('}', 5000);

        var parsed = ShellDocumentParser.Parse(text);

        Assert.False(parsed.Complete);
        Assert.Equal("a", parsed.Document.GetElement(0).Name);
    }

    [Fact]
    public void Text_without_a_document_gives_an_empty_incomplete_one()
    {
        var parsed = ShellDocumentParser.Parse("no braces here");

        Assert.False(parsed.Complete);
        Assert.Equal(0, parsed.Document.ElementCount);
    }
}
