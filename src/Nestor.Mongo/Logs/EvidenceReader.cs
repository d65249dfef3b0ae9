using System.Buffers;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using JsonTokenType = System.Text.Json.JsonTokenType;

namespace Nestor.Mongo.Logs;

/// <summary>A handler of one line of an input, without its line break.</summary>
public delegate void LineHandler(ReadOnlySpan<byte> line, long number);

/// <summary>A handler of a line too long to hold (<see cref="EvidenceReader.MaxLineBytes"/>): its number and its start.</summary>
public delegate void LongLineHandler(long number, string excerpt);

/// <summary>A handler of whole lines at once (each ended by its line break), the first numbered <paramref name="firstNumber"/>.</summary>
internal delegate void LineRunHandler(ReadOnlySpan<byte> lines, long firstNumber);

/// <summary>
/// Reads any evidence input as a stream, in constant memory: a mongod log (JSON 4.4+ and legacy text lines, even mixed),
/// a profiler export (JSON array, one document a line, or pretty-printed; Extended JSON v1 or v2), gzip-compressed or not
/// (told by its magic bytes, not its name). Every line or document is counted: an operation, another message, or
/// skipped with a reason; a bad line never stops the run.
/// </summary>
public static class EvidenceReader
{
    /// <summary>A longer line is skipped (and counted): mongod itself cuts lines at 10 KB by default.</summary>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    /// <summary>How many bytes of a skipped line are decoded for its sample (which <see cref="ReadCounters"/> then cuts to its length).</summary>
    internal const int SkippedExcerptBytes = 400;

    private const int ChunkBytes = 1024 * 1024;

    private static readonly byte[] GzipMagic = [0x1f, 0x8b];

    /// <summary>Reads one input to its end, giving each operation to <paramref name="sink"/>; <paramref name="progress"/> hears the bytes read so far.</summary>
    public static ReadCounters Read(Stream input, Action<SlowOperation> sink, Action<long>? progress = null)
    {
        var counters = new ReadCounters();
        Read(input, sink, counters, progress);
        return counters;
    }

    /// <summary>As <see cref="Read(Stream, Action{SlowOperation}, Action{long}?)"/>, counting into <paramref name="counters"/> so that what was read before an I/O error is kept.</summary>
    public static void Read(Stream input, Action<SlowOperation> sink, ReadCounters counters, Action<long>? progress = null) =>
        Read(input, sink, counters, progress, ParallelLogReader.IsWorthwhile);

    /// <summary>
    /// As <see cref="Read(Stream, Action{SlowOperation}, ReadCounters, Action{long}?)"/>; with <paramref name="parallel"/>,
    /// the lines of a log are parsed on every core (<see cref="ParallelLogReader"/>), with the same results in the same order.
    /// </summary>
    internal static void Read(Stream input, Action<SlowOperation> sink, ReadCounters counters, Action<long>? progress, bool parallel)
    {
        using var content = Decompressed(input);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            var length = Fill(content, buffer, 0);
            var mode = DetectMode(buffer.AsSpan(0, length));
            switch (mode)
            {
                case InputMode.Documents:
                    ReadDocuments(new PrefixedStream(buffer.AsSpan(0, length).ToArray(), content), sink, counters);
                    break;
                case InputMode.DocumentLines:
                    ReadLines(content, ref buffer, length, counters, progress, (line, number) => ReadDocumentLine(line, number, sink, counters), counters.SkipLongLine);
                    break;
                case InputMode.Log when parallel:
                    ReadLogInParallel(content, ref buffer, length, sink, counters, progress);
                    break;
                default:
                    var tracker = new WriteStatementTracker();
                    ReadLines(content, ref buffer, length, counters, progress, (line, number) => ReadLogLine(line, number, tracker, sink, counters), counters.SkipLongLine);
                    break;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Whole lines go to blocks parsed on every core; only a line too long to hold is met one at a time.
    private static void ReadLogInParallel(Stream content, ref byte[] buffer, int length, Action<SlowOperation> sink, ReadCounters counters, Action<long>? progress)
    {
        var blocks = new ParallelLogReader(sink, counters, new WriteStatementTracker());
        try
        {
            ReadLines(content, ref buffer, length, counters, progress, blocks.Line, blocks.Lines, blocks.LongLine);
        }
        finally
        {
            // Also after an I/O error: what was read before it counts, as it does line by line.
            blocks.Complete();
        }
    }

    /// <summary>Opens a path for <see cref="Read"/>: <c>-</c> is standard input.</summary>
    public static Stream Open(string path) =>
        path == "-" ? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);

    /// <summary>Reads one log line (JSON or legacy text) and counts it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReadLogLine(ReadOnlySpan<byte> line, long number, WriteStatementTracker tracker, Action<SlowOperation> sink, ReadCounters counters)
    {
        counters.CountLine();
        var outcome = ParseLogLine(line, number, tracker, out var operation, out var reason);
        Count(outcome, operation, reason, line, number, sink, counters);
    }

    /// <summary>
    /// What one log line is, without counting it: a JSON line or a legacy text line by its first byte, a blank one another
    /// message. The one dispatch of the line-by-line read and of the blocks read on every core.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static LineOutcome ParseLogLine(ReadOnlySpan<byte> line, long number, WriteStatementTracker tracker, out SlowOperation? operation, out string? reason)
    {
        var trimmed = line.TrimStart(" \t"u8);
        if (trimmed.IsEmpty)
        {
            operation = null;
            reason = null;
            return LineOutcome.OtherMessage;
        }

        return trimmed[0] == (byte)'{'
            ? JsonLogLineReader.Read(trimmed, number, tracker, out operation, out reason)
            : LegacyLogLineReader.Read(Encoding.UTF8.GetString(trimmed), number, tracker, out operation, out reason);
    }

    private static void ReadDocumentLine(ReadOnlySpan<byte> line, long number, Action<SlowOperation> sink, ReadCounters counters)
    {
        counters.CountLine();
        var trimmed = line.Trim(" \t"u8);
        if (trimmed.IsEmpty)
        {
            counters.CountOtherMessage();
            return;
        }

        BsonDocument document;
        try
        {
            document = BsonDocument.Parse(Encoding.UTF8.GetString(trimmed));
        }
        catch (Exception exception) when (IsParseError(exception))
        {
            counters.Skip(number, SkipReasons.MalformedJson, Encoding.UTF8.GetString(trimmed));
            return;
        }

        ReadDocument(document, number, sink, counters);
    }

    private static void ReadDocument(BsonDocument document, long number, Action<SlowOperation> sink, ReadCounters counters)
    {
        if (ProfilerDocumentReader.IsProfileDocument(document))
        {
            counters.CountOperation();
            sink(ProfilerDocumentReader.Read(document, number));
        }
        else
        {
            // explain() output, $indexStats entries and other documents are valid input that holds no operation to digest.
            counters.CountOtherMessage();
        }
    }

    private static void ReadDocuments(Stream content, Action<SlowOperation> sink, ReadCounters counters)
    {
        using var text = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        using var reader = new JsonReader(text);
        var number = 0L;
        var inDocument = false;
        try
        {
            var inArray = reader.ReadBsonType() == BsonType.Array;
            if (inArray)
            {
                reader.ReadStartArray();
            }

            while (!reader.IsAtEndOfFile())
            {
                if (inArray && reader.ReadBsonType() == BsonType.EndOfDocument)
                {
                    reader.ReadEndArray();
                    break;
                }

                if (!inArray && number > 0 && reader.ReadBsonType() == BsonType.EndOfDocument)
                {
                    break;
                }

                number++;
                counters.CountLine();
                inDocument = true;
                var document = BsonSerializer.Deserialize<BsonDocument>(reader);
                inDocument = false;
                ReadDocument(document, number, sink, counters);
            }
        }
        catch (Exception exception) when (IsParseError(exception))
        {
            // A document stream cannot be resynchronised after a syntax error: the rest counts as one skipped document.
            if (!inDocument)
            {
                number++;
                counters.CountLine();
            }

            counters.Skip(number, SkipReasons.MalformedDocument, exception.Message);
        }
    }

    private static void ReadLines(Stream content, ref byte[] buffer, int length, ReadCounters counters, Action<long>? progress, LineHandler handler, LongLineHandler longLine) =>
        ReadLines(content, ref buffer, length, counters, progress, handler, null, longLine);

    // With runs, the whole lines in the buffer go out at once (split by whoever takes them) rather than one by one: the
    // thread that reads then only counts line breaks.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadLines(Stream content, ref byte[] buffer, int length, ReadCounters counters, Action<long>? progress, LineHandler handler, LineRunHandler? runs, LongLineHandler longLine)
    {
        var start = 0;
        var end = length;
        var number = 0L;
        var skippingLongLine = false;
        var reported = 0L;
        counters.Bytes = length;
        while (true)
        {
            if (runs is not null && !skippingLongLine)
            {
                var last = buffer.AsSpan(start, end - start).LastIndexOf((byte)'\n');
                if (last >= 0)
                {
                    var lines = buffer.AsSpan(start, last + 1);
                    var count = lines.Count((byte)'\n');
                    runs(lines, number + 1);
                    number += count;
                    start += last + 1;
                }
            }

            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                number++;
                if (skippingLongLine)
                {
                    skippingLongLine = false;
                }
                else
                {
                    handler(WithoutCarriageReturn(buffer.AsSpan(start, newline)), number);
                }

                start += newline + 1;
                continue;
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            else if (end == buffer.Length)
            {
                if (buffer.Length >= MaxLineBytes)
                {
                    // Count it once, keep reading to its end without holding it.
                    longLine(number + 1, Encoding.UTF8.GetString(buffer, 0, 120));
                    skippingLongLine = true;
                    end = 0;
                }
                else
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, end);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            var read = content.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                break;
            }

            end += read;
            counters.Bytes += read;
            if (progress is not null && counters.Bytes - reported >= 64L * 1024 * 1024)
            {
                reported = counters.Bytes;
                progress(reported);
            }
        }

        if (end > start && !skippingLongLine)
        {
            handler(WithoutCarriageReturn(buffer.AsSpan(start, end - start)), number + 1);
        }

        progress?.Invoke(counters.Bytes);
    }

    /// <summary>A line without the carriage return of a CRLF line break.</summary>
    internal static ReadOnlySpan<byte> WithoutCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    private static void Count(LineOutcome outcome, SlowOperation? operation, string? reason, ReadOnlySpan<byte> line, long number, Action<SlowOperation> sink, ReadCounters counters)
    {
        switch (outcome)
        {
            case LineOutcome.Operation:
                counters.CountOperation();
                sink(operation!);
                break;
            case LineOutcome.OtherMessage:
                counters.CountOtherMessage();
                break;
            default:
                var excerpt = counters.WantsSamples ? Encoding.UTF8.GetString(line[..Math.Min(line.Length, SkippedExcerptBytes)]) : "";
                counters.Skip(number, reason ?? SkipReasons.UnrecognisedLine, excerpt);
                break;
        }
    }

    private static InputMode DetectMode(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        head = head.TrimStart(" \t\r\n"u8);
        if (head.IsEmpty || head[0] == (byte)'[')
        {
            return head.IsEmpty ? InputMode.Log : InputMode.Documents;
        }

        if (head[0] != (byte)'{')
        {
            return InputMode.Log;
        }

        var newline = head.IndexOf((byte)'\n');
        var firstLine = newline < 0 ? head : head[..newline];
        if (!IsCompleteObject(firstLine, out var isLogLine))
        {
            return InputMode.Documents;
        }

        return isLogLine ? InputMode.Log : InputMode.DocumentLines;
    }

    // A log line starts {"t":…,"s":…}; a profiler or explain document does not.
    private static bool IsCompleteObject(ReadOnlySpan<byte> line, out bool isLogLine)
    {
        isLogLine = false;
        var reader = new Utf8JsonReader(line, isFinalBlock: true, default);
        try
        {
            reader.Read();
            var names = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (names++ == 0)
                {
                    isLogLine = reader.ValueTextEquals("t"u8);
                }

                reader.Read();
                reader.Skip();
            }

            return reader.TokenType == JsonTokenType.EndObject;
        }
        catch (JsonException)
        {
            // The first line is not a whole object: pretty-printed documents, or a JSON log line cut by the buffer.
            return line.StartsWith("{\"t\":"u8) ? (isLogLine = true) : false;
        }
    }

    private static Stream Decompressed(Stream input)
    {
        var head = new byte[2];
        var length = Fill(input, head, 0);
        var whole = new PrefixedStream(head[..length], input);
        return length == 2 && head.AsSpan().SequenceEqual(GzipMagic) ? new GZipStream(whole, CompressionMode.Decompress) : whole;
    }

    private static int Fill(Stream stream, byte[] buffer, int offset)
    {
        var total = offset;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer, total, Math.Min(buffer.Length - total, 256 * 1024));
            if (read == 0)
            {
                break;
            }

            total += read;
            if (buffer.Length > 2 && total >= 64 * 1024)
            {
                break;
            }
        }

        return total;
    }

    private static bool IsParseError(Exception exception) =>
        exception is FormatException or BsonException or ArgumentException or OverflowException or InvalidOperationException or EndOfStreamException;

    private enum InputMode
    {
        Log,
        DocumentLines,
        Documents,
    }
}
