using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Tests.Logs;

/// <summary>Lines in the 2.x–4.2 text formats the MongoDB manual of those versions documents.</summary>
public sealed class LegacyLogLineReaderTests
{
    [Fact]
    public void A_4_0_slow_find_gives_its_shape_and_figures()
    {
        var op = ReadOperation(LogLines.LegacyFind);

        Assert.Equal("find local.myCollection {qty:range, status:eq} sort {qty:-1}", op.Shape.Fingerprint);
        Assert.Equal(EvidenceFormat.LegacyText, op.Format);
        Assert.Equal(new DateTimeOffset(2019, 6, 18, 12, 5, 44, 754, TimeSpan.FromHours(1)), op.Timestamp);
        Assert.Equal("conn2", op.Context);
        Assert.Equal(120, op.DurationMillis);
        Assert.Equal(12, op.KeysExamined);
        Assert.Equal(10, op.DocsExamined);
        Assert.Equal(4, op.NReturned);
        Assert.Equal(159, op.ResponseLength);
        Assert.Equal("IXSCAN { status: 1, qty: -1 }", op.PlanSummary);
        Assert.True(op.HasSortStage);
        Assert.Equal("F286520C", op.QueryHash);
        Assert.Equal("A1B2C3D4", op.PlanCacheKey);
        Assert.Equal("MongoDB Shell", op.AppName);
    }

    [Fact]
    public void A_2_6_query_with_query_and_orderby_reads_old_counter_names()
    {
        const string line = "2014-04-09T23:25:32.504+0000 [conn4492] query shop.items query: { $query: { groupId: ObjectId('51c44d167fe227e9f18ce94a'), active: true }, $orderby: { name: 1 } } planSummary: IXSCAN { groupId: 1, name: 1 } ntoreturn:20 ntoskip:0 nscanned:7 nscannedObjects:3 scanAndOrder:1 keyUpdates:0 numYields:0 locks(micros) r:1353 nreturned:1 reslen:1125 13ms";

        var op = ReadOperation(line);

        Assert.Equal("find shop.items {active:eq, groupId:eq} sort {name:1}", op.Shape.Fingerprint);
        Assert.Equal(7, op.KeysExamined);
        Assert.Equal(3, op.DocsExamined);
        Assert.True(op.HasSortStage);
        Assert.Equal(13, op.DurationMillis);
        Assert.Equal("IXSCAN { groupId: 1, name: 1 }", op.PlanSummary);
    }

    [Fact]
    public void A_per_statement_update_then_its_command_count_once()
    {
        var tracker = new WriteStatementTracker();
        const string statement = """2019-06-18T12:03:59.018+0100 I WRITE    [LogicalSessionCacheRefresh] update config.system.sessions command: { q: { _id: { id: UUID("edbf6089-da9b-4dfd-8af0-a55a0e525d27") } }, u: { $currentDate: { lastUse: true } }, multi: false, upsert: true } planSummary: IDHACK keysExamined:0 docsExamined:0 nMatched:0 nModified:0 upsert:1 numYields:0 locks:{ Global: { acquireCount: { r: 1, w: 1 } } } storage:{} 2ms""";
        const string command = """2019-06-18T12:03:59.019+0100 I COMMAND  [LogicalSessionCacheRefresh] command config.$cmd command: update { update: "system.sessions", ordered: false, writeConcern: { w: "majority", wtimeout: 15000 }, $db: "config" } numYields:0 reslen:171 locks:{ Global: { acquireCount: { r: 3, w: 1 } } } storage:{} protocol:op_msg 3ms""";

        var first = ReadOperation(statement, tracker);
        var second = ReadOperation(command, tracker);

        Assert.Equal("update config.system.sessions {_id:eq}", first.Shape.Fingerprint);
        Assert.False(first.IsWriteBatchSummary);
        Assert.Equal("update config.system.sessions {}", second.Shape.Fingerprint);
        Assert.Equal("config.$cmd", second.LogNamespace);
        Assert.True(second.IsWriteBatchSummary);
    }

    [Fact]
    public void A_remove_statement_is_a_delete()
    {
        const string line = """2019-06-18T12:03:59.021+0100 I WRITE    [conn3] remove shop.carts command: { q: { expiresAt: { $lt: new Date(1560000000000) } }, limit: 0 } planSummary: COLLSCAN keysExamined:0 docsExamined:900 ndeleted:12 numYields:7 usedDisk:true locks:{} storage:{} 410ms""";

        var op = ReadOperation(line);

        Assert.Equal("delete shop.carts {expiresAt:range}", op.Shape.Fingerprint);
        Assert.True(op.UsedDisk);
        Assert.Equal("COLLSCAN", op.PlanSummary);
    }

    [Fact]
    public void A_get_more_with_its_originating_command()
    {
        const string line = """2019-06-18T12:03:59.021+0100 I COMMAND  [conn7] command shop.orders command: getMore { getMore: 7314488630307709873, collection: "orders", $db: "shop" } originatingCommand: { find: "orders", filter: { region: { $in: [ "eu", "us" ] } }, sort: { _id: 1 }, $db: "shop" } planSummary: IXSCAN { region: 1 } cursorid:7314488630307709873 keysExamined:101 docsExamined:101 numYields:0 nreturned:101 reslen:4000 locks:{} protocol:op_msg 150ms""";

        var op = ReadOperation(line);

        Assert.Equal("getMore shop.orders {region:in} sort {_id:1}", op.Shape.Fingerprint);
    }

    [Fact]
    public void A_2_6_command_replaced_by_a_too_large_message_keeps_its_name_and_is_dynamic()
    {
        const string line = """2014-04-09T23:19:30.526-0400 [conn15] command admin.$cmd command: splitChunk { $msg: "query not recording (too large)" } ntoreturn:1 keyUpdates:0 numYields:0 locks(micros) w:72 reslen:37 685ms""";

        var op = ReadOperation(line);

        Assert.Equal("command:splitChunk admin.$cmd {} dynamic", op.Shape.Fingerprint);
        Assert.Equal(685, op.DurationMillis);
    }

    [Fact]
    public void A_line_cut_by_the_server_is_read_from_what_is_left_and_marked_dynamic()
    {
        const string line = """2019-06-18T12:05:44.754+0100 I COMMAND  [conn2] warning: log line attempted (24kB) over max size (10kB), printing beginning and end ... command shop.orders command: find { find: "orders", filter: { sku: { $in: [ 1, 2, 3 .......... 99 ] } }, $db: "shop" } planSummary: IXSCAN { sku: 1 } keysExamined:99 docsExamined:99 nreturned:99 reslen:159 250ms""";

        var op = ReadOperation(line);

        Assert.Equal("find shop.orders {sku:in} dynamic", op.Shape.Fingerprint);
        Assert.Equal(250, op.DurationMillis);
    }

    [Fact]
    public void A_2_4_ctime_line_has_no_year_and_so_no_timestamp()
    {
        const string line = "Wed Mar  5 17:14:54.474 [conn4] query test.foo query: { a: 1 } ntoreturn:0 ntoskip:0 nscanned:10 keyUpdates:0 locks(micros) r:253 nreturned:10 reslen:1000 12ms";

        var op = ReadOperation(line);

        Assert.Equal("find test.foo {a:eq}", op.Shape.Fingerprint);
        Assert.Null(op.Timestamp);
        Assert.Equal(12, op.DurationMillis);
    }

    [Theory]
    [InlineData("2019-06-18T12:03:05.860+0100 I NETWORK  [listener] connection accepted from 127.0.0.1:54100 #2 (1 connection now open)")]
    [InlineData("2014-04-09T23:19:26.709-0400 [conn20] collection version was loaded at version 1|1||53460dbe4aaa0fc95616708e, took 4ms")]
    [InlineData("2018-11-16T12:31:35.886-0500 I REPL   [repl writer worker 13] applied op: command { ... }, took 112ms")]
    [InlineData("2019-06-18T12:31:03.180+0100 I COMMAND  [main] transaction parameters:{ txnNumber: 1 } terminationCause:committed 54ms")]
    public void A_log_line_that_is_not_an_operation_is_another_message(string line)
    {
        var outcome = LegacyLogLineReader.Read(line, 1, new WriteStatementTracker(), out var op, out var reason);

        Assert.Equal(LineOutcome.OtherMessage, outcome);
        Assert.Null(op);
        Assert.Null(reason);
    }

    [Theory]
    [InlineData("2014-04-0 [conn48] buil", SkipReasons.UnrecognisedLine)]
    [InlineData("****************************", SkipReasons.UnrecognisedLine)]
    [InlineData("2019-06-18T12:05:44.754+0100 I COMMAND  [conn2] query nonamespace 12ms", SkipReasons.MalformedOperation)]
    public void A_broken_line_is_skipped_with_its_reason(string line, string expected)
    {
        var outcome = LegacyLogLineReader.Read(line, 1, new WriteStatementTracker(), out var op, out var reason);

        Assert.Equal(LineOutcome.Skipped, outcome);
        Assert.Null(op);
        Assert.Equal(expected, reason);
    }

    private static SlowOperation ReadOperation(string line, WriteStatementTracker? tracker = null)
    {
        var outcome = LegacyLogLineReader.Read(line, 3, tracker ?? new WriteStatementTracker(), out var op, out var reason);
        Assert.Null(reason);
        Assert.Equal(LineOutcome.Operation, outcome);
        Assert.Equal(3, op!.Line);
        return op;
    }
}
