using System.Diagnostics;
using MongoDB.Bson;
using Nestor.Mongo.Indexes;

namespace Nestor.Mongo.Tests.Indexes;

/// <summary>
/// The --uri path through the official driver: against a loopback server that speaks MongoDB's wire protocol
/// (<see cref="WireProtocolServer"/>) it reads indexes and their usage with read-only commands; a bad connection
/// string and an unreachable server are clear errors, fast, and never echo the password.
/// </summary>
public sealed class LiveIndexReaderTests
{
    [Fact]
    public void A_string_that_is_not_a_connection_string_is_an_error_without_the_string()
    {
        var content = LiveIndexReader.Read("http://admin:s3cret@example.invalid/db", ["shop.orders"]);

        Assert.NotNull(content.Error);
        Assert.StartsWith("--uri is not a MongoDB connection string: ", content.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", content.Error, StringComparison.Ordinal);
        Assert.Empty(content.Indexes);
    }

    [Fact]
    public void An_unreachable_server_fails_within_the_timeout()
    {
        var clock = Stopwatch.StartNew();
        var content = LiveIndexReader.Read("mongodb://user:s3cret@127.0.0.1:1/shop?directConnection=true", ["shop.orders", "?.users"], TimeSpan.FromMilliseconds(300));

        Assert.NotNull(content.Error);
        Assert.Equal("cannot read indexes from the server: no server answered at 127.0.0.1:1 within 300 ms; check that it runs, the host and port, TLS and the credentials", content.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_timeout_written_in_the_uri_is_used()
    {
        var content = LiveIndexReader.Read("mongodb://127.0.0.1:1/shop?directConnection=true&serverSelectionTimeoutMS=250", ["shop.orders"]);

        Assert.Equal("cannot read indexes from the server: no server answered at 127.0.0.1:1 within 250 ms; check that it runs, the host and port, TLS and the credentials", content.Error);
    }

    [Fact]
    public void With_no_namespace_the_collections_of_the_uri_database_are_listed_and_an_unreachable_server_is_an_error()
    {
        var content = LiveIndexReader.Read("mongodb://127.0.0.1:1/shop?directConnection=true", [], TimeSpan.FromMilliseconds(300));

        Assert.Equal("cannot read indexes from the server: no server answered at 127.0.0.1:1 within 300 ms; check that it runs, the host and port, TLS and the credentials", content.Error);
    }

    [Fact]
    public void A_namespace_without_database_needs_one_in_the_uri()
    {
        var content = LiveIndexReader.Read("mongodb://127.0.0.1:1/?directConnection=true", ["?.users"], TimeSpan.FromMilliseconds(300));

        Assert.Null(content.Error);
        Assert.Equal(["?.users: the database is unknown; put it in the URI path (mongodb://host/db)"], content.Problems);
    }

    private static readonly BsonDocument[] OrderIndexes =
    [
        new() { { "v", 2 }, { "key", new BsonDocument("_id", 1) }, { "name", "_id_" } },
        new() { { "v", 2 }, { "key", new BsonDocument { { "customerId", 1 }, { "createdAt", -1 } } }, { "name", "customerId_1_createdAt_-1" }, { "unique", true } },
    ];

    private static readonly BsonDocument[] OrderIndexStats =
    [
        Stats("_id_", new BsonDocument("_id", 1), 12),
        Stats("customerId_1_createdAt_-1", new BsonDocument { { "customerId", 1 }, { "createdAt", -1 } }, 0),
    ];

    [Fact]
    public void Indexes_and_their_usage_are_read_from_a_server_with_read_only_commands()
    {
        using var server = new WireProtocolServer(new Dictionary<string, ServedCollection>
        {
            ["shop.orders"] = new(OrderIndexes, OrderIndexStats),
        });

        var content = LiveIndexReader.Read($"mongodb://127.0.0.1:{server.Port}/shop?directConnection=true", ["shop.orders"], TimeSpan.FromSeconds(5));

        Assert.Null(content.Error);
        Assert.Empty(content.Problems);
        Assert.Equal(["shop.orders _id_ { _id: 1 }", "shop.orders customerId_1_createdAt_-1 { customerId: 1, createdAt: -1 } unique"], content.Indexes.Select(Describe));
        Assert.All(content.Indexes, index => Assert.Equal(IndexSources.Uri, index.Source));
        Assert.Equal(["shop.orders _id_ 12", "shop.orders customerId_1_createdAt_-1 0"], content.Usage.Select(usage => $"{usage.Namespace} {usage.Name} {usage.Ops}"));
        Assert.Subset(new HashSet<string> { "hello", "isMaster", "ismaster", "listIndexes", "aggregate", "endSessions" }, server.Commands.ToHashSet());
        Assert.Contains("listIndexes", server.Commands);
        Assert.Contains("aggregate", server.Commands);
    }

    [Fact]
    public void With_no_namespace_every_collection_of_the_uri_database_is_read_but_system_ones()
    {
        using var server = new WireProtocolServer(new Dictionary<string, ServedCollection>
        {
            ["shop.orders"] = new(OrderIndexes, OrderIndexStats),
            ["shop.system.views"] = new([], []),
            ["billing.invoices"] = new(OrderIndexes, []),
        });

        var content = LiveIndexReader.Read($"mongodb://127.0.0.1:{server.Port}/shop?directConnection=true", [], TimeSpan.FromSeconds(5));

        Assert.Null(content.Error);
        Assert.Equal(["shop.orders"], content.Indexes.Select(index => index.Namespace).Distinct());
        Assert.Contains("listCollections", server.Commands);
    }

    [Fact]
    public void A_missing_collection_and_a_refused_index_stats_are_problems_and_the_rest_is_read()
    {
        using var server = new WireProtocolServer(new Dictionary<string, ServedCollection>
        {
            ["shop.orders"] = new(OrderIndexes, null),
        });

        var content = LiveIndexReader.Read($"mongodb://127.0.0.1:{server.Port}/?directConnection=true", ["shop.orders", "shop.gone", "?.users"], TimeSpan.FromSeconds(5));

        Assert.Null(content.Error);
        Assert.Equal(2, content.Indexes.Count);
        Assert.Empty(content.Usage);
        Assert.Equal(
            [
                "?.users: the database is unknown; put it in the URI path (mongodb://host/db)",
                "shop.gone: the server lists no index for it: check that the collection exists in this database",
                "shop.orders: $indexStats failed (Unauthorized): unused indexes are not reported for it",
            ],
            content.Problems);
    }

    private static string Describe(IndexDefinition index) =>
        $"{index.Namespace} {index.Name} {index.KeyPatternText}{(index.Unique ? " unique" : "")}";

    private static BsonDocument Stats(string name, BsonDocument key, long ops) => new()
    {
        { "name", name },
        { "key", key },
        { "host", "db0:27017" },
        { "accesses", new BsonDocument { { "ops", ops }, { "since", new BsonDateTime(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)) } } },
    };
}
