using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using MongoDB.Bson;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Logs;

/// <summary>
/// Reads one line of a mongod 4.4+ structured log. Built for speed: a forward-only <see cref="LogJsonReader"/> stops at
/// <c>id</c> on every line that is not a slow operation, and a slow operation's attributes are read as they stream past.
/// Its <c>command</c> is not materialised: <see cref="ShapeKeyScanner"/> reads from its tokens a key that determines its
/// shape, and the shape is built once per key (from the command's document, see <see cref="JsonToBson"/>) and shared by
/// every later operation with that key.
/// </summary>
/// <remarks>
/// The hot methods of the readers and the digest are marked <see cref="MethodImplOptions.AggressiveOptimization"/>: a digest
/// is one long loop, and measured on a 30 MB log the tiered JIT's first, unoptimised code cost about as much as the rest.
/// </remarks>
public static class JsonLogLineReader
{
    /// <summary>The log id of slow operations: 51803 "Slow query" (commands, getMore and per-statement writes).</summary>
    public const long SlowQueryId = 51803;

    [ThreadStatic]
    private static Scratch? scratch;

    /// <summary>Reads a line; on <see cref="LineOutcome.Operation"/> the operation is in <paramref name="operation"/>, on <see cref="LineOutcome.Skipped"/> the reason is in <paramref name="skipReason"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LineOutcome Read(ReadOnlySpan<byte> line, long lineNumber, WriteStatementTracker tracker, out SlowOperation? operation, out string? skipReason)
    {
        operation = null;
        skipReason = null;
        var reader = new LogJsonReader(line);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                skipReason = SkipReasons.MalformedJson;
                return LineOutcome.Skipped;
            }

            var work = scratch ??= new Scratch();
            var header = new Header();
            var attr = new Attributes();
            var attrStart = -1L;
            var timeStart = -1L;
            var isSlow = false;
            var sawId = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("t"u8))
                {
                    // Most lines are not slow operations: their timestamp is never read, only stepped over.
                    reader.Read();
                    timeStart = reader.TokenStartIndex;
                    reader.Skip();
                }
                else if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    sawId = true;
                    isSlow = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var id) && id == SlowQueryId;
                    if (!isSlow)
                    {
                        return LineOutcome.OtherMessage;
                    }

                    work.Command.Clear();
                    work.Originating.Clear();
                }
                else if (reader.ValueTextEquals("ctx"u8))
                {
                    reader.Read();
                    header.Context = reader.TokenType == JsonTokenType.String ? Utf8StringCache.GetString(ref reader) : null;
                }
                else if (reader.ValueTextEquals("attr"u8))
                {
                    reader.Read();
                    if (isSlow)
                    {
                        ReadAttributes(ref reader, 0, ref attr, work);
                    }
                    else
                    {
                        attrStart = reader.TokenStartIndex;
                        reader.Skip();
                    }
                }
                else if (reader.ValueTextEquals("truncated"u8))
                {
                    header.Truncated = true;
                    reader.Read();
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                skipReason = SkipReasons.MalformedJson;
                return LineOutcome.Skipped;
            }

            if (!sawId || !isSlow)
            {
                return LineOutcome.OtherMessage;
            }

            if (timeStart >= 0)
            {
                var time = new LogJsonReader(line[(int)timeStart..]);
                time.Read();
                header.Timestamp = ReadDate(ref time);
            }

            if (attrStart >= 0)
            {
                var late = new LogJsonReader(line[(int)attrStart..]);
                late.Read();
                ReadAttributes(ref late, (int)attrStart, ref attr, work);
            }

            if (attr.Namespace is null)
            {
                skipReason = SkipReasons.MalformedOperation;
                return LineOutcome.Skipped;
            }

            operation = Build(header, attr, line, lineNumber, tracker, work);
            return LineOutcome.Operation;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            // Invalid JSON, or a token the reader cannot decode: the line is counted, the run goes on.
            skipReason = SkipReasons.MalformedJson;
            return LineOutcome.Skipped;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SlowOperation Build(in Header header, in Attributes attr, ReadOnlySpan<byte> line, long lineNumber, WriteStatementTracker tracker, Scratch work)
    {
        var ns = attr.Namespace!;
        var shape = Shape(header, attr, line, work);
        var isSummary = false;
        if (attr.Type is "update" or "remove")
        {
            tracker.StatementSeen(header.Context);
        }
        else
        {
            isSummary = shape.Operation is "update" or "delete" && tracker.IsSummaryOfStatements(header.Context);
        }

        return new SlowOperation
        {
            Shape = shape,
            LogNamespace = ns,
            Format = EvidenceFormat.JsonLog,
            Line = lineNumber,
            Timestamp = header.Timestamp,
            Context = header.Context,
            DurationMillis = attr.DurationMillis,
            KeysExamined = attr.KeysExamined,
            DocsExamined = attr.DocsExamined,
            NReturned = attr.NReturned,
            ResponseLength = attr.ResponseLength,
            NumYields = attr.NumYields,
            PlanningTimeMicros = attr.PlanningTimeMicros,
            PlanSummary = attr.PlanSummary,
            HasSortStage = attr.HasSortStage,
            UsedDisk = attr.UsedDisk,
            FromMultiPlanner = attr.FromMultiPlanner,
            FromPlanCache = attr.FromPlanCache,
            Replanned = attr.Replanned,
            QueryHash = attr.QueryHash,
            PlanCacheKey = attr.PlanCacheKey,
            QueryShapeHash = attr.QueryShapeHash,
            AppName = attr.AppName,
            IsWriteBatchSummary = isSummary,
        };
    }

    // The shape of the line's key when it was built before; else built from the documents and kept for the next time.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static QueryShape Shape(in Header header, in Attributes attr, ReadOnlySpan<byte> line, Scratch work)
    {
        if (work.Command.State == ShapeKeyState.Unknown || work.Originating.State == ShapeKeyState.Unknown)
        {
            return ShapeFromDocuments(header, attr, line);
        }

        var key = work.Line;
        key.Clear();
        key.Text(attr.Type);
        key.Text(attr.Namespace);
        key.Byte(header.Truncated ? (byte)1 : (byte)0);
        key.Key(work.Command);
        key.Key(work.Originating);
        if (work.Shapes.TryGet(key.Bytes, out var known))
        {
            return known;
        }

        var shape = SharedShapes.Of(ShapeFromDocuments(header, attr, line));
        work.Shapes.Add(key.Bytes, shape);
        return shape;
    }

    // The one definition of a JSON log line's shape: its command documents through the shapers every source shares.
    private static QueryShape ShapeFromDocuments(in Header header, in Attributes attr, ReadOnlySpan<byte> line)
    {
        var ns = attr.Namespace!;
        var truncated = header.Truncated;
        var command = Untruncated(Command(line, attr.CommandStart, attr.CommandLength), ref truncated);
        var originating = Untruncated(Command(line, attr.OriginatingStart, attr.OriginatingLength), ref truncated);
        return attr.Type switch
        {
            "update" or "remove" => CommandShaper.FromWriteStatement(ns, attr.Type == "update" ? "update" : "delete", command ?? [], truncated),
            _ when command is null => QueryShape.Create(ns, OperationOfType(attr.Type), [], isDynamic: true),
            _ => CommandShaper.FromCommand(ns, command, originating, truncated),
        };
    }

    private static BsonDocument? Command(ReadOnlySpan<byte> line, int start, int length)
    {
        if (length == 0)
        {
            return null;
        }

        var reader = new LogJsonReader(line.Slice(start, length));
        reader.Read();
        return JsonToBson.ReadCommand(ref reader);
    }

    private static string OperationOfType(string? type) => type switch
    {
        "query" => "find",
        "getmore" => "getMore",
        "update" => "update",
        "remove" => "delete",
        "insert" => "insert",
        _ => "command",
    };

    // A command cut by the server ({$truncated: "<shell text>"}) is read with the tolerant shell parser and marked dynamic.
    private static BsonDocument? Untruncated(BsonDocument? command, ref bool truncated)
    {
        if (command is not null && command.TryGetValue("$truncated", out var cut) && cut is BsonString text)
        {
            truncated = true;
            return ShellDocumentParser.Parse(text.Value).Document;
        }

        return command;
    }

    // Offsets are kept relative to the line: the reader may start at the attributes (offset) rather than at the line's start.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadAttributes(ref LogJsonReader reader, int offset, ref Attributes attr, Scratch work)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            reader.Read();
            ReadAttribute(ref reader, offset, name, ref attr, work);
        }
    }

    // Dispatched on the name's length first: most lines carry a dozen attributes or more, and most are skipped. A value
    // of an unexpected kind is stepped over whole, so that the next name read is the next attribute's.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadAttribute(ref LogJsonReader reader, int offset, ReadOnlySpan<byte> name, ref Attributes attr, Scratch work)
    {
        switch (name.Length)
        {
            case 2 when name.SequenceEqual("ns"u8):
                attr.Namespace = ReadString(ref reader);
                break;
            case 4 when name.SequenceEqual("type"u8):
                attr.Type = ReadString(ref reader);
                break;
            case 6 when name.SequenceEqual("reslen"u8):
                attr.ResponseLength = ReadLong(ref reader);
                break;
            case 7 when name.SequenceEqual("command"u8):
                (attr.CommandStart, attr.CommandLength) = ScanCommand(ref reader, offset, work.Scanner, work.Command);
                break;
            case 7 when name.SequenceEqual("appName"u8):
                attr.AppName = ReadString(ref reader);
                break;
            case 8 when name.SequenceEqual("usedDisk"u8):
                attr.UsedDisk = ReadBool(ref reader);
                break;
            case 9 when name.SequenceEqual("nreturned"u8):
                attr.NReturned = ReadLong(ref reader);
                break;
            case 9 when name.SequenceEqual("numYields"u8):
                attr.NumYields = ReadLong(ref reader);
                break;
            case 9 when name.SequenceEqual("replanned"u8):
                attr.Replanned = ReadBool(ref reader);
                break;
            case 9 when name.SequenceEqual("queryHash"u8):
                attr.QueryHash = ReadString(ref reader);
                break;
            case 11 when name.SequenceEqual("planSummary"u8):
                attr.PlanSummary = ReadString(ref reader);
                break;
            case 12 when name.SequenceEqual("keysExamined"u8):
                attr.KeysExamined = ReadLong(ref reader);
                break;
            case 12 when name.SequenceEqual("docsExamined"u8):
                attr.DocsExamined = ReadLong(ref reader);
                break;
            case 12 when name.SequenceEqual("hasSortStage"u8):
                attr.HasSortStage = ReadBool(ref reader);
                break;
            case 12 when name.SequenceEqual("planCacheKey"u8):
                attr.PlanCacheKey = ReadString(ref reader);
                break;
            case 13 when name.SequenceEqual("fromPlanCache"u8):
                attr.FromPlanCache = ReadBool(ref reader);
                break;
            case 14 when name.SequenceEqual("durationMillis"u8):
                attr.DurationMillis = ReadDouble(ref reader) ?? 0;
                break;
            case 14 when name.SequenceEqual("queryShapeHash"u8):
                attr.QueryShapeHash = ReadString(ref reader);
                break;
            case 16 when name.SequenceEqual("fromMultiPlanner"u8):
                attr.FromMultiPlanner = ReadBool(ref reader);
                break;
            case 18 when name.SequenceEqual("originatingCommand"u8):
                (attr.OriginatingStart, attr.OriginatingLength) = ScanCommand(ref reader, offset, work.Scanner, work.Originating);
                break;
            case 18 when name.SequenceEqual("planningTimeMicros"u8):
                attr.PlanningTimeMicros = ReadLong(ref reader);
                break;
            case 18 when name.SequenceEqual("planCacheShapeHash"u8):
                attr.QueryHash = ReadString(ref reader);
                break;
            case 22 when name.SequenceEqual("originalQueryShapeHash"u8) && attr.QueryShapeHash is null:
                attr.QueryShapeHash = ReadString(ref reader);
                break;
            default:
                reader.Skip();
                break;
        }
    }

    // The command's key, and where its text lies in the line for the document path; a command that is not an object is none.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Start, int Length) ScanCommand(ref LogJsonReader reader, int offset, ShapeKeyScanner scanner, ShapeKey key)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            key.Clear();
            reader.Skip();
            return (0, 0);
        }

        var start = (int)reader.TokenStartIndex;
        scanner.ScanCommand(ref reader, key);
        return (offset + start, (int)reader.BytesConsumed - start);
    }

    private static string? ReadString(ref LogJsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Utf8StringCache.GetString(ref reader);
        }

        reader.Skip();
        return null;
    }

    private static bool ReadBool(ref LogJsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.Number => reader.TryGetInt64(out var n) && n != 0,
        _ => SkipFalse(ref reader),
    };

    private static bool SkipFalse(ref LogJsonReader reader)
    {
        reader.Skip();
        return false;
    }

    private static long? ReadLong(ref LogJsonReader reader)
    {
        var value = ReadDouble(ref reader);
        return value is { } v ? (long)v : null;
    }

    // Relaxed Extended JSON writes plain numbers; a canonical {"$numberLong": "…"} wrapper is read too.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double? ReadDouble(ref LogJsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var integer) ? integer : reader.GetDouble();
            case JsonTokenType.StartObject:
                double? wrapped = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String && Utf8Parser.TryParse(reader.ValueSpan, out double parsed, out _))
                    {
                        wrapped = parsed;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return wrapped;
            default:
                reader.Skip();
                return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DateTimeOffset? ReadDate(ref LogJsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        DateTimeOffset? date = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                date = !reader.ValueIsEscaped && Timestamps.TryParseMongod(reader.ValueSpan, out var fast)
                    ? fast
                    : Timestamps.ParseIso(Utf8StringCache.Decode(ref reader));
            }
            else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var millis))
            {
                date = DateTimeOffset.FromUnixTimeMilliseconds(millis);
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                date = ReadDouble(ref reader) is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms) : null;
            }
            else
            {
                reader.Skip();
            }
        }

        return date;
    }

    // What a thread reuses from line to line: the scanner, the keys it writes, and the shapes built so far.
    private sealed class Scratch
    {
        public readonly ShapeKeyScanner Scanner = new();
        public readonly ShapeKey Command = new();
        public readonly ShapeKey Originating = new();
        public readonly ShapeKey Line = new();
        public readonly ShapeCache Shapes = new();
    }

    private struct Header
    {
        public DateTimeOffset? Timestamp;
        public string? Context;
        public bool Truncated;
    }

    private struct Attributes
    {
        public string? Namespace;
        public string? Type;
        public int CommandStart;
        public int CommandLength;
        public int OriginatingStart;
        public int OriginatingLength;
        public double DurationMillis;
        public long? KeysExamined;
        public long? DocsExamined;
        public long? NReturned;
        public long? ResponseLength;
        public long? NumYields;
        public long? PlanningTimeMicros;
        public string? PlanSummary;
        public bool HasSortStage;
        public bool UsedDisk;
        public bool FromMultiPlanner;
        public bool FromPlanCache;
        public bool Replanned;
        public string? QueryHash;
        public string? PlanCacheKey;
        public string? QueryShapeHash;
        public string? AppName;
    }
}

/// <summary>Timestamps as mongod writes them: ISO-8601 with or without a colon in the offset.</summary>
public static class Timestamps
{
    public static DateTimeOffset? ParseIso(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    // The second last read on this thread: a log's lines come in time order, many to a second, so most lines only differ
    // from the one before in their milliseconds.
    [ThreadStatic]
    private static LastSecond? lastSecond;

    /// <summary>
    /// The one form mongod writes, <c>2024-03-18T10:00:00.123-04:00</c> (also <c>Z</c> or <c>-0400</c>), read straight from
    /// UTF-8 without the general parser; false for anything else, which <see cref="ParseIso"/> then reads.
    /// </summary>
    public static bool TryParseMongod(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 24 || text[19] != '.' || !Digits(text, 20, 3, out var millisecond))
        {
            return false;
        }

        var second = lastSecond ??= new LastSecond();
        if (!second.Holds(text))
        {
            if (!TryParseSecond(text, out var ticks, out var offset))
            {
                return false;
            }

            second.Remember(text, ticks, offset);
        }

        var local = second.Ticks + (millisecond * TimeSpan.TicksPerMillisecond);
        var utc = local - second.Offset.Ticks;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(local, second.Offset);
        return true;
    }

    // Everything but the milliseconds: the local time to the second, in ticks, and the offset.
    private static bool TryParseSecond(ReadOnlySpan<byte> text, out long ticks, out TimeSpan offset)
    {
        ticks = 0;
        offset = default;
        if (text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second)
            || !Offset(text[23..], out offset))
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || year < 1 || hour > 23 || minute > 59 || second > 59
            || offset.Duration() > TimeSpan.FromHours(14))
        {
            return false;
        }

        ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks;
        return true;
    }

    private static bool Offset(ReadOnlySpan<byte> text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length == 1 && text[0] == 'Z')
        {
            return true;
        }

        if ((text.Length != 6 && text.Length != 5) || (text[0] != '+' && text[0] != '-')
            || !Digits(text, 1, 2, out var hours) || (text.Length == 6 && text[3] != ':') || !Digits(text, text.Length - 2, 2, out var minutes) || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    // A timestamp's text without its milliseconds (the 19 bytes before them and the offset after), and what it reads as.
    private sealed class LastSecond
    {
        private const int DateTimeBytes = 19;
        private const int MillisecondBytes = 4;

        // An offset read is at most six bytes (-04:00).
        private readonly byte[] key = new byte[DateTimeBytes + 6];
        private int keyLength = -1;

        public long Ticks { get; private set; }

        public TimeSpan Offset { get; private set; }

        public bool Holds(ReadOnlySpan<byte> text) =>
            text.Length - MillisecondBytes == keyLength
            && text[..DateTimeBytes].SequenceEqual(key.AsSpan(0, DateTimeBytes))
            && text[(DateTimeBytes + MillisecondBytes)..].SequenceEqual(key.AsSpan(DateTimeBytes, keyLength - DateTimeBytes));

        public void Remember(ReadOnlySpan<byte> text, long ticks, TimeSpan offset)
        {
            var suffix = text[(DateTimeBytes + MillisecondBytes)..];
            text[..DateTimeBytes].CopyTo(key);
            suffix.CopyTo(key.AsSpan(DateTimeBytes));
            keyLength = DateTimeBytes + suffix.Length;
            Ticks = ticks;
            Offset = offset;
        }
    }
}
