using MongoDB.Bson;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Tests.Shapes;

/// <summary>Command documents as the server logs them (MongoDB manual's command pages), each with its exact fingerprint.</summary>
public sealed class CommandShaperTests
{
    public static TheoryData<string, string, string> Commands() => new()
    {
        { "shop.orders", """{ find: "orders", filter: { status: "paid", total: { $gte: 10 } }, sort: { createdAt: -1 }, projection: { _id: 0, total: 1 }, limit: 20, $db: "shop" }""", "find shop.orders {status:eq, total:range} sort {createdAt:-1} project {-_id, total}" },
        { "shop.orders", """{ aggregate: "orders", pipeline: [ { $match: { status: "A" } }, { $group: { _id: "$cust_id", total: { $sum: "$amount" } } }, { $sort: { total: -1 } } ], cursor: {}, $db: "shop" }""", "aggregate shop.orders {status:eq} pipeline [$match, $group, $sort]" },
        { "shop.$cmd", """{ count: "orders", query: { ord_dt: { $gt: { $date: "2012-01-01T00:00:00Z" } } }, $db: "shop" }""", "count shop.orders {ord_dt:range}" },
        { "shop.$cmd", """{ distinct: "inventory", key: "item.sku", query: { dept: "A" }, $db: "shop" }""", "distinct shop.inventory {dept:eq} project {item.sku}" },
        { "shop.people", """{ findAndModify: "people", query: { name: "Andy" }, sort: { rating: 1 }, update: { $inc: { score: 1 } }, $db: "shop" }""", "findAndModify shop.people {name:eq} sort {rating:1}" },
        { "shop.$cmd", """{ update: "orders", updates: [ { q: { status: "A" }, u: { $set: { x: 1 } }, multi: true } ], ordered: true, $db: "shop" }""", "update shop.orders {status:eq}" },
        { "shop.$cmd", """{ update: "orders", ordered: true, $db: "shop" }""", "update shop.orders {}" },
        { "shop.$cmd", """{ delete: "orders", deletes: [ { q: { status: "D" }, limit: 0 } ], $db: "shop" }""", "delete shop.orders {status:eq}" },
        { "shop.orders", """{ insert: "orders", documents: [ { _id: 1 } ], $db: "shop" }""", "insert shop.orders {}" },
        { "config.tenantMigrationDonors", """{ createIndexes: "tenantMigrationDonors", indexes: [ { key: { expireAt: 1 }, name: "ttl" } ], $db: "config" }""", "command:createIndexes config.tenantMigrationDonors {}" },
        { "admin.$cmd", """{ moveChunk: "test.docs", to: "shard02" }""", "command:moveChunk admin.$cmd {}" },
        { "admin.$cmd", """{ hello: 1, $db: "admin" }""", "command:hello admin.$cmd {}" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_command_reduces_to_its_shape(string logNamespace, string command, string fingerprint) =>
        Assert.Equal(fingerprint, CommandShaper.FromCommand(logNamespace, BsonDocument.Parse(command)).Fingerprint);

    [Fact]
    public void A_get_more_takes_the_shape_of_its_originating_command()
    {
        var getMore = BsonDocument.Parse("""{ getMore: { $numberLong: "7314488630307709873" }, collection: "oplog.rs", batchSize: 100, $db: "local" }""");
        var origin = BsonDocument.Parse("""{ find: "oplog.rs", filter: { ts: { $gte: { $timestamp: { t: 1710773352, i: 1 } } } }, tailable: true, $db: "local" }""");

        var shape = CommandShaper.FromCommand("local.oplog.rs", getMore, origin);

        Assert.Equal("getMore local.oplog.rs {ts:range}", shape.Fingerprint);
        Assert.Null(shape.CommandName);
    }

    [Fact]
    public void A_get_more_without_its_origin_still_names_its_collection()
    {
        var shape = CommandShaper.FromCommand("local.$cmd", BsonDocument.Parse("""{ getMore: 1, collection: "oplog.rs" }"""));

        Assert.Equal("getMore local.oplog.rs {}", shape.Fingerprint);
    }

    [Fact]
    public void The_log_namespace_wins_over_the_command_database()
    {
        var shape = CommandShaper.FromCommand("stocks.trades", BsonDocument.Parse("""{ aggregate: "trades", pipeline: [], $db: "test" }"""));

        Assert.Equal("stocks.trades", shape.Namespace);
    }

    [Fact]
    public void A_write_statement_uses_q_or_the_older_query()
    {
        var modern = CommandShaper.FromWriteStatement("shop.orders", "update", BsonDocument.Parse("""{ q: { _id: "DEALER-1" }, u: { $set: { name: "x" } }, multi: false, upsert: true }"""));
        var older = CommandShaper.FromWriteStatement("shop.orders", "delete", BsonDocument.Parse("""{ query: { a: { $in: [1, 2] } }, limit: 0 }"""));

        Assert.Equal("update shop.orders {_id:eq}", modern.Fingerprint);
        Assert.Equal("delete shop.orders {a:in}", older.Fingerprint);
    }

    [Theory]
    [InlineData("""{ $query: { groupId: 1, active: true }, $orderby: { name: 1 } }""", "find db.c {active:eq, groupId:eq} sort {name:1}")]
    [InlineData("""{ query: { a: { $gt: 1 } }, orderby: { b: -1 } }""", "find db.c {a:range} sort {b:-1}")]
    [InlineData("""{ query: "a field named query", b: 1 }""", "find db.c {b:eq, query:eq}")]
    public void A_legacy_query_unwraps_its_query_and_orderby(string query, string fingerprint) =>
        Assert.Equal(fingerprint, CommandShaper.FromLegacyQuery("db.c", "find", BsonDocument.Parse(query)).Fingerprint);

    [Fact]
    public void A_truncated_command_is_dynamic()
    {
        var shape = CommandShaper.FromCommand("db.c", BsonDocument.Parse("""{ find: "c", filter: { a: 1 } }"""), truncated: true);

        Assert.True(shape.IsDynamic);
        Assert.Equal("find db.c {a:eq} dynamic", shape.Fingerprint);
    }
}
