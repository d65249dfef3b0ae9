using MongoDB.Bson;
using Nestor.Mongo.Indexes;

namespace Nestor.Mongo.Tests.Indexes;

public sealed class ExtendedJsonTests
{
    [Fact]
    public void Extended_json_the_strict_reader_refuses_is_read_as_plain_json_with_wrappers_converted()
    {
        const string text = """
            { "t": { "$timestamp": "7095504741446189057" }, "n": { "$numberLong": "12" }, "d": { "$date": { "$numberLong": "1600262045088" } },
              "i": { "$numberInt": "-1" }, "x": { "$numberDouble": "1.5" }, "big": 12345678901, "f": 0.25, "list": [ true, null, "s" ] }
            """;

        var document = Assert.Single(ExtendedJson.ReadValues(text)).AsBsonDocument;

        Assert.Equal(new BsonDocument("$timestamp", "7095504741446189057"), document["t"]);
        Assert.Equal(new BsonInt64(12), document["n"]);
        Assert.Equal(new BsonDateTime(1600262045088), document["d"]);
        Assert.Equal(new BsonInt32(-1), document["i"]);
        Assert.Equal(new BsonDouble(1.5), document["x"]);
        Assert.Equal(new BsonInt64(12345678901), document["big"]);
        Assert.Equal(new BsonDouble(0.25), document["f"]);
        Assert.Equal(new BsonArray { true, BsonNull.Value, "s" }, document["list"]);
    }

    [Fact]
    public void Several_values_one_after_another_are_all_read()
    {
        Assert.Equal([new BsonDocument("a", 1), new BsonDocument("b", 2)], ExtendedJson.ReadValues("{\"a\":1}\n{\"b\":2}\n"));
        Assert.Equal([new BsonDocument("t", new BsonDocument("$timestamp", "1")), new BsonDocument("b", 2)], ExtendedJson.ReadValues("{\"t\":{\"$timestamp\":\"1\"}}\n{\"b\":2}\n"));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(3, 3.0)]
    [InlineData("2.5", 2.5)]
    [InlineData("x", null)]
    public void Numbers_of_any_type(object? raw, double? expected) =>
        Assert.Equal(expected, ExtendedJson.AsNumber(raw is null ? null : BsonValue.Create(raw)));
}
