using MongoDB.Bson;
using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Tests.Logs;

/// <summary>Profiler documents in the field layouts of the manual's database-profiler pages, 3.0 to 8.0.</summary>
public sealed class ProfilerDocumentReaderTests
{
    [Fact]
    public void A_canonical_extended_json_v2_find_document()
    {
        var document = BsonDocument.Parse("""{"op":"query","ns":"test.coll","command":{"find":"coll","filter":{"k":{"$gt":{"$numberInt":"1"}}},"sort":{"k":{"$numberInt":"-1"}},"$db":"test"},"keysExamined":{"$numberInt":"10"},"docsExamined":{"$numberInt":"10"},"nreturned":{"$numberInt":"5"},"hasSortStage":true,"millis":{"$numberInt":"42"},"planSummary":"IXSCAN { k: 1 }","queryHash":"8BD8D1C7","numYield":{"$numberInt":"2"},"responseLength":{"$numberInt":"82"},"ts":{"$date":{"$numberLong":"1577836800000"}},"client":"127.0.0.1","appName":"shop-api"}""");

        var op = ProfilerDocumentReader.Read(document, 4);

        Assert.Equal("find test.coll {k:range} sort {k:-1}", op.Shape.Fingerprint);
        Assert.Equal(EvidenceFormat.Profiler, op.Format);
        Assert.Equal(4, op.Line);
        Assert.Equal(42, op.DurationMillis);
        Assert.Equal(10, op.KeysExamined);
        Assert.Equal(10, op.DocsExamined);
        Assert.Equal(5, op.NReturned);
        Assert.Equal(2, op.NumYields);
        Assert.Equal(82, op.ResponseLength);
        Assert.True(op.HasSortStage);
        Assert.Equal("8BD8D1C7", op.QueryHash);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1577836800000), op.Timestamp);
        Assert.Equal("127.0.0.1", op.Context);
        Assert.Equal("shop-api", op.AppName);
    }

    [Fact]
    public void A_3_0_document_uses_query_and_the_old_counters()
    {
        var document = BsonDocument.Parse("""{"op":"query","ns":"test.coll","query":{"$query":{"k":{"$numberInt":"1"}},"$orderby":{"b":-1}},"nscanned":{"$numberInt":"3"},"nscannedObjects":{"$numberInt":"2"},"scanAndOrder":true,"nreturned":{"$numberInt":"2"},"millis":{"$numberInt":"42"}}""");

        var op = ProfilerDocumentReader.Read(document, 1);

        Assert.Equal("find test.coll {k:eq} sort {b:-1}", op.Shape.Fingerprint);
        Assert.Equal(3, op.KeysExamined);
        Assert.Equal(2, op.DocsExamined);
        Assert.True(op.HasSortStage);
    }

    [Fact]
    public void A_3_2_document_stores_the_find_command_under_query()
    {
        var document = BsonDocument.Parse("""{"op":"query","ns":"test.coll","query":{"find":"coll","filter":{"a":{"$in":[1,2]}}},"millis":7}""");

        Assert.Equal("find test.coll {a:in}", ProfilerDocumentReader.Read(document, 1).Shape.Fingerprint);
    }

    [Theory]
    [InlineData("""{"op":"update","ns":"shop.customers","command":{"q":{"age":{"$gt":20}},"u":{"$set":{"subscribed":true}},"multi":true},"millis":10,"planSummary":"IXSCAN { age: -1 }"}""", "update shop.customers {age:range}")]
    [InlineData("""{"op":"remove","ns":"shop.customers","command":{"q":{"a":1},"limit":0},"millis":10}""", "delete shop.customers {a:eq}")]
    [InlineData("""{"op":"getmore","ns":"shop.c","originatingCommand":{"find":"c","filter":{"a":{"$gt":1}},"sort":{"a":1}},"millis":10}""", "getMore shop.c {a:range} sort {a:1}")]
    [InlineData("""{"op":"insert","ns":"shop.c","command":{"insert":"c","documents":[{"a":1}]},"millis":10}""", "insert shop.c {}")]
    [InlineData("""{"op":"command","ns":"shop.c","command":{"count":"c","query":{"a":1}},"millis":10}""", "count shop.c {a:eq}")]
    [InlineData("""{"op":"command","ns":"shop.$cmd","command":{"$truncated":"{ aggregate: \"c\", pipeline: [ { $match: { a: 1, b: { $in: [ 1, 2, 3 ...","comment":"x"},"millis":10}""", "aggregate shop.c {a:eq, b:in} pipeline [$match] dynamic")]
    public void Each_operation_kind_has_its_shape(string json, string fingerprint) =>
        Assert.Equal(fingerprint, ProfilerDocumentReader.Read(BsonDocument.Parse(json), 1).Shape.Fingerprint);

    [Theory]
    [InlineData("""{"op":"query","ns":"a.b"}""", true)]
    [InlineData("""{"queryPlanner":{"namespace":"a.b"}}""", false)]
    [InlineData("""{"op":1,"ns":"a.b"}""", false)]
    public void A_profile_document_has_op_and_ns(string json, bool expected) =>
        Assert.Equal(expected, ProfilerDocumentReader.IsProfileDocument(BsonDocument.Parse(json)));
}
