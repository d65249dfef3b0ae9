using Nestor.Mongo.Advice;
using Nestor.Mongo.Indexes;
using static Nestor.Mongo.Tests.Advice.Shapes;

namespace Nestor.Mongo.Tests.Advice;

/// <summary>Redundant indexes (a prefix of another with the same options) and unused ones ($indexStats with zero operations).</summary>
public sealed class ExistingIndexFindingsTests
{
    private const string Orders = "shop.orders";

    [Fact]
    public void A_prefix_of_a_longer_index_with_the_same_options_is_redundant()
    {
        var found = RedundantIndexFinder.Find([Index(Orders, ("status", 1)), Index(Orders, ("status", 1), ("createdAt", -1)), Index(Orders, ("status", 1), ("createdAt", -1), ("total", 1))]);

        Assert.Equal(["status_1 <- status_1_createdAt_-1", "status_1_createdAt_-1 <- status_1_createdAt_-1_total_1"], found.Select(Line));
        Assert.Equal("db.getSiblingDB(\"shop\").orders.dropIndex(\"status_1\")", found[0].DropCommand);
    }

    [Fact]
    public void A_reversed_prefix_is_redundant_but_a_partly_reversed_one_is_not()
    {
        var found = RedundantIndexFinder.Find([
            Index(Orders, ("a", -1), ("b", 1)),
            Index(Orders, ("a", 1), ("b", -1), ("c", 1)),
            Index(Orders, ("a", 1), ("b", 1)) with { Name = "a_b_same" },
        ]);

        Assert.Equal(["a_-1_b_1 <- a_1_b_-1_c_1"], found.Select(Line));
    }

    [Fact]
    public void Differences_in_unique_sparse_partial_collation_or_ttl_keep_an_index()
    {
        var longer = Index(Orders, ("email", 1), ("createdAt", 1));
        var found = RedundantIndexFinder.Find([
            longer,
            Index(Orders, ("email", 1)) with { Unique = true, Name = "unique" },
            Index(Orders, ("email", 1)) with { Sparse = true, Name = "sparse" },
            Index(Orders, ("email", 1)) with { PartialFilterExpression = "{ \"active\" : true }", Name = "partial" },
            Index(Orders, ("email", 1)) with { Collation = "{ \"locale\" : \"fr\", \"strength\" : 2 }", Name = "collated" },
            Index(Orders, ("email", 1)) with { ExpireAfterSeconds = 3600, Name = "ttl" },
            Index(Orders, ("email", 1)) with { OptionsKnown = false, Name = "unknown" },
            Index("shop.users", ("email", 1)),
        ]);

        Assert.Empty(found);
    }

    [Fact]
    public void The_same_keys_twice_make_the_later_name_redundant()
    {
        var found = RedundantIndexFinder.Find([Index(Orders, ("sku", 1)) with { Name = "sku_by_hand" }, Index(Orders, ("sku", 1))]);

        Assert.Equal(["sku_by_hand <- sku_1"], found.Select(Line));
    }

    [Fact]
    public void Unused_indexes_have_zero_operations_on_every_host()
    {
        var since = new DateTimeOffset(2020, 9, 16, 13, 14, 5, TimeSpan.Zero);
        var existing = new[]
        {
            Index(Orders, ("legacy", 1)),
            Index(Orders, ("email", 1)) with { Unique = true },
            Index(Orders, ("expiresAt", 1)) with { ExpireAfterSeconds = 0 },
            Index(Orders, ("status", 1)),
        };
        var usage = new[]
        {
            new IndexUsage(Orders, "legacy_1", 0, since) { Host = "db1:27017" },
            new IndexUsage(Orders, "legacy_1", 0, since.AddDays(2)) { Host = "db2:27017" },
            new IndexUsage(Orders, "email_1", 0, since) { Host = "db1:27017" },
            new IndexUsage(Orders, "expiresAt_1", 0, since) { Host = "db1:27017" },
            new IndexUsage(Orders, "status_1", 0, since) { Host = "db1:27017" },
            new IndexUsage(Orders, "status_1", 12, since) { Host = "db2:27017" },
            new IndexUsage(Orders, "_id_", 0, since) { Host = "db1:27017" },
            new IndexUsage(Orders, "building_1", 0, since) { Host = "db1:27017", Building = true },
            new IndexUsage(Orders, "orphan_1", 0, null) { Host = "db1:27017" },
        };

        var unused = UnusedIndexFinder.Find(usage, existing, []);

        Assert.Equal(["email_1", "expiresAt_1", "legacy_1", "orphan_1"], unused.Select(u => u.Name));
        var legacy = unused.Single(u => u.Name == "legacy_1");
        Assert.Null(legacy.Kept);
        Assert.Equal(since, legacy.Since);
        Assert.Equal(["db1:27017", "db2:27017"], legacy.Hosts);
        Assert.Equal(["zero on all 2 hosts that reported it; counters restart with each host"], legacy.Notes);
        Assert.Equal("db.getSiblingDB(\"shop\").orders.dropIndex(\"legacy_1\")", legacy.DropCommand);
        Assert.Equal("unique: it enforces a constraint even when no query uses it", unused.Single(u => u.Name == "email_1").Kept);
        Assert.Equal("TTL: it deletes expired documents even when no query uses it", unused.Single(u => u.Name == "expiresAt_1").Kept);
        Assert.Equal(
            ["the counter covers one host since its last restart: check every replica set member over a full business cycle before dropping",
             "its options are unknown here: make sure it is neither unique nor TTL before dropping (read getIndexes())"],
            unused.Single(u => u.Name == "orphan_1").Notes);
    }

    [Fact]
    public void The_advisor_reports_redundant_and_unused_from_its_inputs()
    {
        var report = IndexAdvisor.Advise(new AdviceInput
        {
            ExistingIndexes = [Index(Orders, ("a", 1)), Index(Orders, ("a", 1), ("b", 1))],
            Usage = [new IndexUsage(Orders, "a_1_b_1", 0, null)],
        });

        Assert.Equal(["a_1 <- a_1_b_1"], report.Redundant.Select(Line));
        Assert.Equal(["a_1_b_1"], report.Unused.Select(u => u.Name));
    }

    private static string Line(RedundantIndex redundant) => $"{redundant.Index.Name} <- {redundant.CoveredBy.Name}";
}
