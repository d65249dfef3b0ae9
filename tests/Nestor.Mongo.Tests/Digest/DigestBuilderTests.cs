using System.Text;
using System.Text.Json;
using Nestor.Mongo.Digest;
using Nestor.Mongo.Logs;
using Nestor.Mongo.Shapes;
using Nestor.Mongo.Tests.Logs;

namespace Nestor.Mongo.Tests.Digest;

public sealed class DigestBuilderTests
{
    private static readonly string Log = string.Join('\n',
        LogLines.Find("conn1", """{"status":"A"}""", 100, "COLLSCAN", ""","hasSortStage":true"""),
        LogLines.Find("conn2", """{"status":"B"}""", 300, "IXSCAN { status: 1 }", ""","queryHash":"F286520C","replanned":true"""),
        LogLines.Find("conn3", """{"status":"C","total":{"$gt":5}}""", 50),
        LogLines.UpdateStatement("conn44", 150),
        LogLines.UpdateCommand("conn44", 493),
        LogLines.ConnectionAccepted);

    [Fact]
    public void Operations_group_by_shape_with_their_figures()
    {
        var builder = Build(Log, new DigestOptions());

        var rows = builder.Rows();

        Assert.Equal(["find shop.orders {status:eq}", "update testdb.dealers {_id:eq}", "find shop.orders {status:eq, total:range}"], rows.Select(r => r.Fingerprint));
        var find = rows[0];
        Assert.Equal(2, find.Count);
        Assert.Equal(400, find.Durations.Sum);
        Assert.Equal(200, find.Durations.Mean);
        Assert.Equal(290, find.Durations.Percentile(95), 9);
        Assert.Equal(1000, find.DocsExamined);
        Assert.Equal(10, find.NReturned);
        Assert.Equal(100, find.DocsExaminedPerReturned);
        Assert.Equal([new("COLLSCAN", 1L), new KeyValuePair<string, long>("IXSCAN { status: 1 }", 1L)], find.PlanSummaries);
        Assert.Equal(1, find.CollectionScans);
        Assert.Equal(1, find.InMemorySorts);
        Assert.Equal(1, find.Replanned);
        Assert.Equal(["F286520C"], find.QueryHashes);
        Assert.Equal(("test.log", 1L), find.Example);
    }

    [Fact]
    public void A_write_command_summary_counts_once_per_namespace()
    {
        var builder = Build(Log, new DigestOptions());

        Assert.Equal(1, builder.WriteBatchSummaries);
        Assert.Equal(
            [new("shop.orders", new NamespaceCount(3, 0)), new("testdb.$cmd", new NamespaceCount(0, 1)), new KeyValuePair<string, NamespaceCount>("testdb.dealers", new NamespaceCount(1, 0))],
            builder.Namespaces);
    }

    [Theory]
    [InlineData(DigestSort.Count, "find shop.orders {status:eq}")]
    [InlineData(DigestSort.Max, "find shop.orders {status:eq}")]
    [InlineData(DigestSort.Mean, "find shop.orders {status:eq}")]
    [InlineData(DigestSort.DocsRatio, "find shop.orders {status:eq, total:range}")]
    // Both finds examine 100 documents per returned one: the tie goes to the fingerprint that sorts first.
    public void Sort_orders_rows_descending(DigestSort sort, string first) =>
        Assert.Equal(first, Build(Log, new DigestOptions { Sort = sort }).Rows()[0].Fingerprint);

    [Fact]
    public void Top_cuts_the_rows_and_ties_are_broken_by_fingerprint()
    {
        var rows = Build(Log, new DigestOptions { Sort = DigestSort.Count, Top = 2 }).Rows();

        Assert.Equal(["find shop.orders {status:eq}", "find shop.orders {status:eq, total:range}"], rows.Select(r => r.Fingerprint));
    }

    [Theory]
    [InlineData("shop.*", 3)]
    [InlineData("*.dealers", 1)]
    [InlineData("shop.order?", 3)]
    [InlineData("shop", 0)]
    public void The_namespace_glob_keeps_matching_namespaces(string glob, int kept)
    {
        var builder = Build(Log, new DigestOptions { NamespacePattern = glob });

        Assert.Equal(kept, builder.Rows().Sum(r => r.Count));
    }

    [Fact]
    public void Since_and_until_keep_the_window_and_drop_undated_operations()
    {
        var dated = LogLines.Find("conn1", """{"a":1}""", 100).Replace("2024-03-18T10:51:05.754-04:00", "2024-03-18T15:00:00.000Z", StringComparison.Ordinal);
        var log = string.Join('\n', dated, LogLines.Find("conn1", """{"a":1}""", 100), "Wed Mar  5 17:14:54.474 [conn4] query test.foo query: { a: 1 } nreturned:10 12ms");

        var builder = Build(log, new DigestOptions { Since = DateTimeOffset.Parse("2024-03-18T14:55:00Z"), Until = DateTimeOffset.Parse("2024-03-18T15:05:00Z") });

        Assert.Equal(1, builder.Rows().Single().Count);
        Assert.Equal(2, builder.FilteredOut);
    }

    [Fact]
    public void The_json_form_carries_the_documented_fields()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nestor-digest-{Guid.NewGuid():N}.log");
        File.WriteAllText(path, Log + "\n{oops\n");
        try
        {
            var report = DigestRunner.Run([path, path + ".missing"], new DigestOptions());
            using var json = JsonDocument.Parse(DigestJson.Render(report));
            var root = json.RootElement;

            Assert.Equal(1, root.GetProperty("version").GetInt32());
            Assert.Equal(7, root.GetProperty("totals").GetProperty("lines").GetInt64());
            Assert.Equal(5, root.GetProperty("totals").GetProperty("operations").GetInt64());
            Assert.Equal(1, root.GetProperty("totals").GetProperty("otherMessages").GetInt64());
            Assert.Equal(1, root.GetProperty("totals").GetProperty("skipped").GetProperty("malformed-json").GetInt64());
            Assert.Equal(1, root.GetProperty("totals").GetProperty("writeBatchSummaries").GetInt64());
            var first = root.GetProperty("shapes")[0];
            Assert.Equal("shop.orders", first.GetProperty("namespace").GetString());
            Assert.Equal("find", first.GetProperty("operation").GetString());
            Assert.Equal("find shop.orders {status:eq}", first.GetProperty("shape").GetString());
            Assert.Equal(2, first.GetProperty("count").GetInt64());
            Assert.Equal(200, first.GetProperty("durationMillis").GetProperty("p50").GetDouble());
            Assert.Equal(300, first.GetProperty("durationMillis").GetProperty("max").GetDouble());
            Assert.True(first.GetProperty("collscan").GetBoolean());
            Assert.Equal("eq", first.GetProperty("query").GetProperty("filter")[0].GetProperty("kind").GetString());
            Assert.True(report.HasInputErrors);
            Assert.True(root.GetProperty("inputs")[1].TryGetProperty("error", out _));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Csv_quotes_fields_with_commas()
    {
        var report = new DigestReport([], new ReadCounters(), Build(Log, new DigestOptions()).Rows(), 3, [], 0, 0, new DigestOptions());

        var lines = DigestTable.Csv(report).Split('\n');

        Assert.StartsWith("namespace,operation,shape,count,min_ms,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("shop.orders,find,find shop.orders {status:eq},2,100,200,200,290,300,400,1000,0,10,100,0,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("shop.orders,find,\"find shop.orders {status:eq, total:range}\",1,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_shapes_built_as_different_instances_share_one_row()
    {
        // Each reading thread builds its own instance of a shape: the row must be the same whichever instance comes.
        var builder = new DigestBuilder(new DigestOptions());
        var shapes = Enumerable.Range(0, 3).Select(_ => QueryShape.Create("shop.orders", "find", [], isDynamic: true)).ToArray();
        var other = QueryShape.Create("shop.users", "find", [], isDynamic: true);
        foreach (var (shape, line) in new[] { (shapes[0], 1L), (shapes[1], 2L), (other, 3L), (shapes[0], 4L), (shapes[2], 5L), (shapes[1], 6L) })
        {
            builder.Add(new SlowOperation { Shape = shape, LogNamespace = shape.Namespace, Format = EvidenceFormat.JsonLog, Line = line, DurationMillis = line }, "test.log");
        }

        var rows = builder.Rows();

        Assert.Equal(2, rows.Count);
        Assert.Equal((5L, 1 + 2 + 4 + 5 + 6.0, ("test.log", 1L)), (rows[0].Count, rows[0].Durations.Sum, rows[0].Example));
        Assert.Equal((1L, 3.0), (rows[1].Count, rows[1].Durations.Sum));
    }

    [Fact]
    public void Equal_namespaces_and_plans_as_different_instances_count_together()
    {
        var builder = new DigestBuilder(new DigestOptions());
        var shape = QueryShape.Create("shop.orders", "find", [], isDynamic: true);
        for (var line = 1L; line <= 4; line++)
        {
            // A fresh instance of each string every time, as several reading threads hand them out.
            var plan = new string(line % 2 == 0 ? "COLLSCAN" : "IXSCAN { status: 1 }");
            builder.Add(new SlowOperation { Shape = shape, LogNamespace = new string("shop.orders"), Format = EvidenceFormat.JsonLog, Line = line, PlanSummary = plan }, "test.log");
        }

        var row = Assert.Single(builder.Rows());
        Assert.Equal([new("COLLSCAN", 2L), new KeyValuePair<string, long>("IXSCAN { status: 1 }", 2L)], row.PlanSummaries);
        Assert.Equal(2, row.CollectionScans);
        Assert.Equal([new KeyValuePair<string, NamespaceCount>("shop.orders", new NamespaceCount(4, 0))], builder.Namespaces);
    }

    [Fact]
    public void Plans_beyond_the_first_sixteen_are_not_listed_but_their_collection_scans_count()
    {
        var builder = new DigestBuilder(new DigestOptions());
        var shape = QueryShape.Create("shop.orders", "find", [], isDynamic: true);
        var plans = Enumerable.Range(0, 16).Select(i => $"IXSCAN {{ f{i}: 1 }}").Append("COLLSCAN").Append("IXSCAN { f0: 1 }");
        var line = 0L;
        foreach (var plan in plans)
        {
            builder.Add(new SlowOperation { Shape = shape, LogNamespace = "shop.orders", Format = EvidenceFormat.JsonLog, Line = ++line, PlanSummary = plan }, "test.log");
        }

        var row = Assert.Single(builder.Rows());
        Assert.Equal(16, row.PlanSummaries.Count);
        Assert.Equal(new KeyValuePair<string, long>("IXSCAN { f0: 1 }", 2L), row.PlanSummaries[0]);
        Assert.DoesNotContain(row.PlanSummaries, p => p.Key == "COLLSCAN");
        Assert.Equal(1, row.CollectionScans);
    }

    private static DigestBuilder Build(string log, DigestOptions options)
    {
        var builder = new DigestBuilder(options);
        EvidenceReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(log)), op => builder.Add(op, "test.log"));
        return builder;
    }
}
