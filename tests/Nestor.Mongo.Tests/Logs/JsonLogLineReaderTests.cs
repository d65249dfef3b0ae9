using System.Text;
using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Tests.Logs;

public sealed class JsonLogLineReaderTests
{
    [Fact]
    public void The_manuals_slow_query_example_gives_every_figure()
    {
        var op = ReadOperation(LogLines.ManualSlowAggregate);

        Assert.Equal("aggregate stocks.trades {} pipeline [$project, $sort]", op.Shape.Fingerprint);
        Assert.Equal("stocks.trades", op.LogNamespace);
        Assert.Equal(EvidenceFormat.JsonLog, op.Format);
        Assert.Equal(new DateTimeOffset(2020, 5, 20, 20, 10, 8, 731, TimeSpan.Zero), op.Timestamp);
        Assert.Equal("conn281", op.Context);
        Assert.Equal(22427, op.DurationMillis);
        Assert.Equal(0, op.KeysExamined);
        Assert.Equal(1000001, op.DocsExamined);
        Assert.Equal(101, op.NReturned);
        Assert.Equal(17738, op.ResponseLength);
        Assert.Equal(1002, op.NumYields);
        Assert.Equal("COLLSCAN", op.PlanSummary);
        Assert.True(op.HasSortStage);
        Assert.True(op.UsedDisk);
        Assert.Equal("MongoDB Shell", op.AppName);
        Assert.False(op.Shape.IsDynamic);
    }

    [Fact]
    public void A_figure_the_line_does_not_give_is_absent_and_one_it_gives_as_zero_is_zero()
    {
        // An insert is logged with no plan and no examined figures; a find that returned nothing says 0.
        var insert = ReadOperation("""{"t":{"$date":"2024-03-18T10:49:13.161-04:00"},"s":"I","c":"WRITE","id":51803,"ctx":"conn9","msg":"Slow query","attr":{"type":"insert","ns":"shop.orders","durationMillis":120}}""");
        var find = ReadOperation("""{"t":{"$date":"2024-03-18T10:49:13.161-04:00"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn9","msg":"Slow query","attr":{"type":"command","ns":"shop.orders","command":{"find":"orders","filter":{"a":1}},"keysExamined":0,"docsExamined":0,"nreturned":0,"reslen":0,"numYields":0,"planningTimeMicros":0,"durationMillis":120}}""");

        Assert.Equal(
            [null, null, null, null, null, null],
            new[] { insert.KeysExamined, insert.DocsExamined, insert.NReturned, insert.ResponseLength, insert.NumYields, insert.PlanningTimeMicros });
        Assert.Equal(
            [0L, 0L, 0L, 0L, 0L, 0L],
            new[] { find.KeysExamined, find.DocsExamined, find.NReturned, find.ResponseLength, find.NumYields, find.PlanningTimeMicros });
    }

    [Fact]
    public void A_line_that_is_not_a_slow_operation_stops_at_its_id()
    {
        var outcome = Read(LogLines.ConnectionAccepted, out var op, out var reason);

        Assert.Equal(LineOutcome.OtherMessage, outcome);
        Assert.Null(op);
        Assert.Null(reason);
    }

    [Theory]
    [InlineData("""{"t":{"$date":"2024-03-18T10:49:13.161-04:00"},"s":"I","c":"COMMAND","id":51803,"attr":{"ns":""", SkipReasons.MalformedJson)]
    [InlineData("""not json at all""", SkipReasons.MalformedJson)]
    [InlineData("""["an","array"]""", SkipReasons.MalformedJson)]
    [InlineData("""{"t":{"$date":"2024-03-18T10:49:13.161-04:00"},"id":51803,"msg":"Slow query","attr":{"type":"command"}}""", SkipReasons.MalformedOperation)]
    public void A_bad_line_is_skipped_with_its_reason(string line, string expected)
    {
        var outcome = Read(line, out var op, out var reason);

        Assert.Equal(LineOutcome.Skipped, outcome);
        Assert.Null(op);
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void An_attribute_of_an_unexpected_kind_is_stepped_over_whole_and_the_attributes_after_it_are_read()
    {
        var line = LogLines.Find("conn1", """{"status":"A"}""", 150)
            .Replace("\"type\":\"command\"", "\"type\":{\"planSummary\":\"IDHACK\",\"ns\":\"x.y\"}", StringComparison.Ordinal);

        Assert.Equal(LineOutcome.Operation, Read(line, out var op, out _));
        Assert.Equal("shop.orders", op!.LogNamespace);
        Assert.Equal("find shop.orders {status:eq}", op.Shape.Fingerprint);
        Assert.Equal("COLLSCAN", op.PlanSummary);
        Assert.Equal(150, op.DurationMillis);
    }

    [Fact]
    public void A_namespace_that_is_not_a_string_makes_a_malformed_operation()
    {
        var line = LogLines.Find("conn1", """{"status":"A"}""", 150)
            .Replace("\"ns\":\"shop.orders\"", "\"ns\":{\"db\":\"shop\"}", StringComparison.Ordinal);

        Assert.Equal(LineOutcome.Skipped, Read(line, out _, out var reason));
        Assert.Equal(SkipReasons.MalformedOperation, reason);
    }

    [Fact]
    public void Figures_of_6_0_and_8_0_are_read_and_plan_cache_shape_hash_stands_for_query_hash()
    {
        var line = LogLines.Find("conn1", """{"status":"paid","total":{"$gte":10}}""", 150, "IXSCAN { status: 1 }",
            ""","planningTimeMicros":812,"fromMultiPlanner":true,"replanned":true,"replanReason":"cached plan was less efficient","planCacheShapeHash":"F286520C","planCacheKey":"A1B2C3D4","queryShapeHash":"6E8D6D2B1B9C3F1E0C0B6E8D6D2B1B9C3F1E0C0B6E8D6D2B1B9C3F1E0C0B6E8D","appName":"shop-api" """);

        var op = ReadOperation(line);

        Assert.Equal("find shop.orders {status:eq, total:range}", op.Shape.Fingerprint);
        Assert.Equal(812, op.PlanningTimeMicros);
        Assert.True(op.FromMultiPlanner);
        Assert.True(op.Replanned);
        Assert.Equal("F286520C", op.QueryHash);
        Assert.Equal("A1B2C3D4", op.PlanCacheKey);
        Assert.Equal("6E8D6D2B1B9C3F1E0C0B6E8D6D2B1B9C3F1E0C0B6E8D6D2B1B9C3F1E0C0B6E8D", op.QueryShapeHash);
        Assert.Equal("shop-api", op.AppName);
    }

    [Fact]
    public void Extended_json_values_in_a_filter_are_values_not_operators()
    {
        var op = ReadOperation(LogLines.Find("conn1", """{"_id":{"$oid":"5f1d7a1b9c1e4b2a3c4d5e6f"},"at":{"$gte":{"$date":"2024-01-01T00:00:00Z"}},"n":{"$numberLong":"5"},"name":{"$regularExpression":{"pattern":"^a","options":"i"}}}""", 120));

        Assert.Equal("find shop.orders {_id:eq, at:range, n:eq, name:regex}", op.Shape.Fingerprint);
    }

    [Fact]
    public void A_get_more_is_shaped_by_its_originating_command()
    {
        const string line = """{"t":{"$date":"2024-03-18T10:50:25.237-04:00"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn26","msg":"Slow query","attr":{"type":"command","ns":"local.oplog.rs","appName":"OplogFetcher","command":{"getMore":7314488630307709873,"collection":"oplog.rs","batchSize":13981010,"$db":"local"},"originatingCommand":{"find":"oplog.rs","filter":{"ts":{"$gte":{"$timestamp":{"t":1710773352,"i":1}}}},"tailable":true,"$db":"local"},"planSummary":"COLLSCAN","cursorid":7314488630307709873,"keysExamined":0,"docsExamined":1,"numYields":2,"nreturned":1,"queryHash":"F15A7014","reslen":793,"protocol":"op_msg","durationMillis":0}}""";

        var op = ReadOperation(line);

        Assert.Equal("getMore local.oplog.rs {ts:range}", op.Shape.Fingerprint);
        Assert.Equal("F15A7014", op.QueryHash);
    }

    [Fact]
    public void An_update_command_after_its_logged_statements_is_marked_as_their_summary()
    {
        var tracker = new WriteStatementTracker();

        var statement = ReadOperation(LogLines.UpdateStatement("conn44", 150), tracker);
        var summary = ReadOperation(LogLines.UpdateCommand("conn44", 493), tracker);
        var alone = ReadOperation(LogLines.UpdateCommand("conn44", 300), tracker);

        Assert.Equal("update testdb.dealers {_id:eq}", statement.Shape.Fingerprint);
        Assert.False(statement.IsWriteBatchSummary);
        Assert.Equal("update testdb.dealers {}", summary.Shape.Fingerprint);
        Assert.True(summary.IsWriteBatchSummary);
        Assert.False(alone.IsWriteBatchSummary);
    }

    [Fact]
    public void Statements_of_another_connection_do_not_make_a_command_a_summary()
    {
        var tracker = new WriteStatementTracker();

        ReadOperation(LogLines.UpdateStatement("conn44", 150), tracker);
        var other = ReadOperation(LogLines.UpdateCommand("conn45", 493), tracker);

        Assert.False(other.IsWriteBatchSummary);
    }

    [Fact]
    public void A_truncated_command_is_read_from_its_shell_text_and_marked_dynamic()
    {
        const string line = """{"t":{"$date":"2024-03-18T10:51:05.754Z"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn9","msg":"Slow query","attr":{"type":"command","ns":"shop.orders","command":{"$truncated":"{ find: \"orders\", filter: { status: \"A\", sku: { $in: [ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 ...","comment":"kept"},"planSummary":"IXSCAN { status: 1 }","durationMillis":300}}""";

        var op = ReadOperation(line);

        Assert.Equal("find shop.orders {sku:in, status:eq} dynamic", op.Shape.Fingerprint);
        Assert.True(op.Shape.IsDynamic);
    }

    [Fact]
    public void A_line_the_server_cut_to_its_size_limit_is_marked_dynamic()
    {
        const string line = """{"t":{"$date":"2024-03-18T10:51:05.754Z"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn9","msg":"Slow query","attr":{"type":"command","ns":"shop.orders","command":{"find":"orders","filter":{"status":"A"}},"durationMillis":300},"truncated":{"command":{"filter":{"type":"object","size":30000}}},"size":{"command":30120}}""";

        var op = ReadOperation(line);

        Assert.Equal("find shop.orders {status:eq} dynamic", op.Shape.Fingerprint);
    }

    [Fact]
    public void Attributes_written_before_the_id_are_read_all_the_same()
    {
        const string line = """{"attr":{"type":"command","ns":"shop.orders","command":{"count":"orders","query":{"a":1},"$db":"shop"},"durationMillis":250},"t":{"$date":"2024-03-18T10:51:05.754Z"},"id":51803,"ctx":"conn1"}""";

        var op = ReadOperation(line);

        Assert.Equal("count shop.orders {a:eq}", op.Shape.Fingerprint);
        Assert.Equal(250, op.DurationMillis);
    }

    private static SlowOperation ReadOperation(string line, WriteStatementTracker? tracker = null)
    {
        var outcome = JsonLogLineReader.Read(Encoding.UTF8.GetBytes(line), 7, tracker ?? new WriteStatementTracker(), out var op, out var reason);
        Assert.Equal(LineOutcome.Operation, outcome);
        Assert.Null(reason);
        Assert.Equal(7, op!.Line);
        return op;
    }

    private static LineOutcome Read(string line, out SlowOperation? op, out string? reason) =>
        JsonLogLineReader.Read(Encoding.UTF8.GetBytes(line), 1, new WriteStatementTracker(), out op, out reason);
}
