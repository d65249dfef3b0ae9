using System.IO.Compression;
using System.Text;
using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Tests.Logs;

/// <summary>Whole inputs: every format, compression, line endings and broken content, each line accounted for.</summary>
public sealed class EvidenceReaderTests
{
    [Fact]
    public void A_json_log_counts_every_line_as_operation_other_or_skipped()
    {
        var log = string.Join('\n', LogLines.ConnectionAccepted, LogLines.Find("conn1", """{"a":1}""", 120), "{broken", LogLines.ManualSlowAggregate, "");

        var (counters, ops) = Read(Encoding.UTF8.GetBytes(log));

        Assert.Equal(4, counters.Lines);
        Assert.Equal(2, counters.Operations);
        Assert.Equal(1, counters.OtherMessages);
        Assert.Equal(new Dictionary<string, long> { [SkipReasons.MalformedJson] = 1 }, counters.Skipped);
        Assert.Equal([new SkippedLine(3, SkipReasons.MalformedJson, "{broken")], counters.Samples);
        Assert.Equal([2L, 4L], ops.Select(o => o.Line));
    }

    [Fact]
    public void Gzip_is_told_by_its_magic_bytes_and_crlf_and_a_last_line_without_newline_are_read()
    {
        var text = LogLines.Find("conn1", """{"a":1}""", 120) + "\r\n" + LogLines.Find("conn2", """{"b":1}""", 130);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        var (counters, ops) = Read(compressed.ToArray());

        Assert.Equal(2, counters.Lines);
        Assert.Equal(["find shop.orders {a:eq}", "find shop.orders {b:eq}"], ops.Select(o => o.Shape.Fingerprint));
        Assert.Equal(Encoding.UTF8.GetByteCount(text), counters.Bytes);
    }

    [Fact]
    public void Json_and_legacy_lines_are_read_from_one_input()
    {
        var log = LogLines.LegacyFind + "\n" + LogLines.Find("conn1", """{"a":1}""", 120) + "\n";

        var (counters, ops) = Read(Encoding.UTF8.GetBytes(log));

        Assert.Equal(2, counters.Operations);
        Assert.Equal([EvidenceFormat.LegacyText, EvidenceFormat.JsonLog], ops.Select(o => o.Format));
    }

    [Fact]
    public void A_profiler_export_as_a_json_array()
    {
        const string export = """
            [
              { "op": "query", "ns": "shop.c", "command": { "find": "c", "filter": { "a": 1 } }, "millis": 10 },
              { "op": "update", "ns": "shop.c", "command": { "q": { "b": { "$gt": 1 } }, "u": { "$set": { "x": 1 } } }, "millis": 20 }
            ]
            """;

        var (counters, ops) = Read(Encoding.UTF8.GetBytes(export));

        Assert.Equal(2, counters.Lines);
        Assert.Equal(["find shop.c {a:eq}", "update shop.c {b:range}"], ops.Select(o => o.Shape.Fingerprint));
    }

    [Fact]
    public void A_mongoexport_file_with_one_canonical_document_a_line_and_a_bad_line()
    {
        const string export = """
            {"op":"query","ns":"shop.c","command":{"find":"c","filter":{"a":{"$numberInt":"1"}}},"millis":{"$numberInt":"10"},"ts":{"$date":{"$numberLong":"1577836800000"}}}
            {"op":"query","ns":"shop.c","command":{"find":"c","filter":{"a":{"$numberInt":"1"}}},"millis":{"$numberLong":"30"}}
            {"op": oops}
            {"op":"query","ns":"shop.c","command":{"find":"c","filter":{"a":{"$numberInt":"1"}}},"millis":{"$numberDouble":"20.0"}}
            """;

        var (counters, ops) = Read(Encoding.UTF8.GetBytes(export));

        Assert.Equal(4, counters.Lines);
        Assert.Equal(3, counters.Operations);
        Assert.Equal(1, counters.Skipped[SkipReasons.MalformedJson]);
        Assert.Equal(3, counters.Samples[0].Line);
        Assert.Equal([10.0, 30.0, 20.0], ops.Select(o => o.DurationMillis));
    }

    [Fact]
    public void Pretty_printed_documents_one_after_another()
    {
        const string export = """
            {
              "op": "query", "ns": "shop.c",
              "command": { "find": "c", "filter": { "a": 1 } }, "millis": 10
            }
            {
              "queryPlanner": { "namespace": "shop.c", "winningPlan": { "stage": "COLLSCAN" } }
            }
            """;

        var (counters, ops) = Read(Encoding.UTF8.GetBytes(export));

        Assert.Equal(2, counters.Lines);
        Assert.Equal(1, counters.Operations);
        Assert.Equal(1, counters.OtherMessages);
        Assert.Single(ops);
    }

    [Fact]
    public void A_document_stream_broken_midway_keeps_what_came_before()
    {
        const string export = """[ { "op": "query", "ns": "shop.c", "millis": 10 }, { "op": "query", "ns": """;

        var (counters, ops) = Read(Encoding.UTF8.GetBytes(export));

        Assert.Single(ops);
        Assert.Equal(2, counters.Lines);
        Assert.Equal(1, counters.Skipped[SkipReasons.MalformedDocument]);
        Assert.Equal(2, counters.Samples[0].Line);
    }

    [Fact]
    public void Binary_garbage_is_counted_line_by_line_and_never_stops_the_run()
    {
        var random = new Random(7);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);

        var (counters, ops) = Read(bytes);

        Assert.Empty(ops);
        Assert.Equal(counters.Lines, counters.OtherMessages + counters.SkippedTotal);
        Assert.True(counters.Lines > 1);
        Assert.Equal(ReadCounters.SampleLimit, counters.Samples.Count);
    }

    [Fact]
    public void An_empty_input_reads_nothing()
    {
        var (counters, ops) = Read([]);

        Assert.Empty(ops);
        Assert.Equal(0, counters.Lines);
    }

    [Fact]
    public void Lines_longer_than_the_read_buffer_are_read_whole()
    {
        var filter = "{" + string.Join(',', Enumerable.Range(0, 60_000).Select(i => $"\"f{i}\":1")) + "}";
        var log = LogLines.Find("conn1", filter, 120) + "\n" + LogLines.Find("conn1", """{"a":1}""", 120) + "\n";

        var (counters, ops) = Read(Encoding.UTF8.GetBytes(log));

        Assert.Equal(2, counters.Operations);
        Assert.Equal(60_000, ops[0].Shape.Filter.Count);
    }

    [Fact]
    public void A_log_of_many_blocks_is_delivered_in_line_order_with_write_summaries_tracked_across_blocks()
    {
        // About 3 MB: several blocks parsed on other threads; statement/summary pairs straddle block boundaries.
        var lines = new List<string>();
        for (var i = 0; i < 6000; i++)
        {
            lines.Add(LogLines.Find($"conn{i % 7}", "{\"f" + (i % 13) + "\":" + i + "}", 100 + i));
            lines.Add(LogLines.ConnectionAccepted);
            lines.Add(LogLines.UpdateStatement($"conn{i % 5}", 150));
            lines.Add(LogLines.UpdateCommand($"conn{i % 5}", 493));
            lines.Add(i % 1000 == 0 ? "{broken" : LogLines.LegacyFind);
        }

        var (counters, ops) = Read(Encoding.UTF8.GetBytes(string.Join('\n', lines)), parallel: true);

        Assert.Equal(30_000, counters.Lines);
        Assert.Equal((6000 * 4) - 6, counters.Operations);
        Assert.Equal(6000, counters.OtherMessages);
        Assert.Equal([5L, 5005, 10005, 15005, 20005], counters.Samples.Select(s => s.Line));
        Assert.Equal(ops.Select(o => o.Line).Order(), ops.Select(o => o.Line));
        Assert.Equal(6000, ops.Count(o => o.IsWriteBatchSummary));
        Assert.All(ops.Where(o => o.IsWriteBatchSummary), o => Assert.Equal(4, o.Line % 5));
        Assert.Equal(Enumerable.Range(0, 6000).Select(i => 100.0 + i), ops.Where(o => o.Line % 5 == 1).Select(o => o.DurationMillis));
    }

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\n", true)]
    [InlineData("\r\n", false)]
    [InlineData("\r\n", true)]
    public void Reading_on_every_core_gives_what_reading_line_by_line_gives(string lineBreak, bool endsWithLineBreak)
    {
        // About 5 MB of every kind of line, so that many blocks are parsed at once and pairs straddle their boundaries.
        var generator = new CommandGenerator(seed: 3);
        var random = new Random(3);
        var lines = new List<string>();
        for (var i = 0; i < 9000; i++)
        {
            var ctx = $"conn{random.Next(6)}";
            lines.Add(random.Next(9) switch
            {
                0 => LogLines.UpdateStatement(ctx, 150 + i),
                1 => LogLines.UpdateCommand(ctx, 200 + i),
                2 => LogLines.ConnectionAccepted,
                3 => LogLines.LegacyFind,
                4 => new[] { "{broken", "", "   ", "not a log line", "{\"t\":1}", "[1]" }[random.Next(6)],
                _ => LogLines.Find(ctx, "{\"f" + random.Next(20) + "\":" + i + "}", 100 + i),
            });
            if (random.Next(50) == 0)
            {
                lines.Add(LogLines.Find(ctx, "{\"q\":1}", 120).Replace("\"find\":\"orders\"", "\"find\":\"orders\",\"x\":" + generator.Command(), StringComparison.Ordinal));
            }
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join(lineBreak, lines) + (endsWithLineBreak ? lineBreak : ""));
        var (sequential, sequentialOps) = Read(bytes, parallel: false);
        Assert.True(sequential.SkippedTotal > 100 && sequentialOps.Count(o => o.IsWriteBatchSummary) > 100);

        var (parallel, parallelOps) = Read(bytes, parallel: true);
        Assert.Equal((sequential.Lines, sequential.Operations, sequential.OtherMessages, sequential.Bytes), (parallel.Lines, parallel.Operations, parallel.OtherMessages, parallel.Bytes));
        Assert.Equal(sequential.Skipped, parallel.Skipped);
        Assert.Equal(sequential.Samples, parallel.Samples);
        Assert.Equal(sequentialOps.Select(Describe), parallelOps.Select(Describe));
    }

    [Fact]
    public void Blocks_read_on_every_core_reach_the_sink_one_call_at_a_time_in_line_order()
    {
        var lines = Enumerable.Range(0, 20_000).Select(i => LogLines.Find($"conn{i % 9}", "{\"f" + (i % 17) + "\":" + i + "}", 100 + i));
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        var inside = 0;
        var overlaps = 0;
        var seen = new List<long>();

        EvidenceReader.Read(
            new MemoryStream(bytes),
            op =>
            {
                overlaps += Interlocked.Increment(ref inside) > 1 ? 1 : 0;
                seen.Add(op.Line);
                Interlocked.Decrement(ref inside);
            },
            new ReadCounters(),
            null,
            parallel: true);

        Assert.Equal(0, overlaps);
        Assert.Equal(Enumerable.Range(1, 20_000).Select(i => (long)i), seen);
    }

    [Fact]
    public void A_failing_sink_stops_a_parallel_read_with_its_exception_and_nothing_after_it_is_given()
    {
        var lines = Enumerable.Range(0, 20_000).Select(i => LogLines.Find("conn1", "{\"f\":" + i + "}", 100 + i));
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        var seen = new List<long>();

        var error = Assert.Throws<InvalidDataException>(() => EvidenceReader.Read(
            new MemoryStream(bytes),
            op =>
            {
                if (op.Line == 12_345)
                {
                    throw new InvalidDataException("sink failed");
                }

                seen.Add(op.Line);
            },
            new ReadCounters(),
            null,
            parallel: true));

        Assert.Equal("sink failed", error.Message);
        Assert.Equal(Enumerable.Range(1, 12_344).Select(i => (long)i), seen);
    }

    private static string Describe(SlowOperation op) =>
        $"{op.Line} {op.Shape.Fingerprint} {op.Context} {op.DurationMillis} {op.IsWriteBatchSummary} {op.Format} {op.Timestamp:O}";

    private static (ReadCounters Counters, List<SlowOperation> Operations) Read(byte[] bytes, bool parallel)
    {
        var ops = new List<SlowOperation>();
        var counters = new ReadCounters();
        EvidenceReader.Read(new MemoryStream(bytes), ops.Add, counters, null, parallel);
        return (counters, ops);
    }

    private static (ReadCounters Counters, List<SlowOperation> Operations) Read(byte[] bytes)
    {
        var ops = new List<SlowOperation>();
        var counters = EvidenceReader.Read(new MemoryStream(bytes), ops.Add);
        return (counters, ops);
    }
}
