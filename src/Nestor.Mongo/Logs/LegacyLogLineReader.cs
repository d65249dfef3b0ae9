using System.Globalization;
using MongoDB.Bson;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Logs;

/// <summary>
/// Reads one line of a mongod 2.x–4.2 text log:
/// <c>&lt;timestamp&gt; [S COMPONENT] [ctx] &lt;op&gt; &lt;ns&gt; &lt;details&gt; &lt;N&gt;ms</c>, where op is query, getmore, update,
/// remove, insert or command and the details hold shell-syntax documents, a plan summary and <c>key:value</c> figures.
/// </summary>
public static class LegacyLogLineReader
{
    private const string TruncationWarning = "warning: log line attempted";
    private const string TruncationResume = "printing beginning and end ... ";

    private static readonly string[] Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>Reads a line; see <see cref="JsonLogLineReader.Read"/> for the meaning of the outcome.</summary>
    public static LineOutcome Read(string line, long lineNumber, WriteStatementTracker tracker, out SlowOperation? operation, out string? skipReason)
    {
        operation = null;
        skipReason = null;
        if (!TryReadTimestamp(line, out var timestamp, out var position))
        {
            skipReason = SkipReasons.UnrecognisedLine;
            return LineOutcome.Skipped;
        }

        var open = line.IndexOf('[', position);
        var close = open < 0 ? -1 : line.IndexOf(']', open);
        if (close < 0 || !TryReadDuration(line, out var duration, out var end))
        {
            return LineOutcome.OtherMessage;
        }

        var context = line[(open + 1)..close];
        position = close + 1;
        var truncated = false;
        SkipSpaces(line, ref position);
        if (string.CompareOrdinal(line, position, TruncationWarning, 0, TruncationWarning.Length) == 0)
        {
            var resume = line.IndexOf(TruncationResume, position, StringComparison.Ordinal);
            if (resume < 0)
            {
                return LineOutcome.OtherMessage;
            }

            truncated = true;
            position = resume + TruncationResume.Length;
        }

        var op = ReadWord(line, ref position);
        if (op is not ("query" or "getmore" or "update" or "remove" or "insert" or "command"))
        {
            return LineOutcome.OtherMessage;
        }

        var ns = ReadWord(line, ref position);
        if (ns.Length == 0 || !ns.Contains('.'))
        {
            skipReason = SkipReasons.MalformedOperation;
            return LineOutcome.Skipped;
        }

        var details = ReadDetails(line, position, end);
        truncated |= details.Truncated;
        var shape = Shape(op, ns, details, truncated);
        var isSummary = false;
        if (op is "update" or "remove")
        {
            tracker.StatementSeen(context);
        }
        else if (op == "command" && shape.Operation is "update" or "delete")
        {
            isSummary = tracker.IsSummaryOfStatements(context);
        }

        operation = new SlowOperation
        {
            Shape = shape,
            LogNamespace = ns,
            Format = EvidenceFormat.LegacyText,
            Line = lineNumber,
            Timestamp = timestamp,
            Context = context,
            DurationMillis = duration,
            KeysExamined = details.Long("keysExamined") ?? details.Long("nscanned"),
            DocsExamined = details.Long("docsExamined") ?? details.Long("nscannedObjects"),
            NReturned = details.Long("nreturned"),
            ResponseLength = details.Long("reslen"),
            NumYields = details.Long("numYields"),
            PlanningTimeMicros = details.Long("planningTimeMicros"),
            PlanSummary = details.PlanSummary,
            HasSortStage = details.Flag("hasSortStage") || details.Flag("scanAndOrder"),
            UsedDisk = details.Flag("usedDisk"),
            FromMultiPlanner = details.Flag("fromMultiPlanner"),
            FromPlanCache = details.Flag("fromPlanCache"),
            Replanned = details.Flag("replanned"),
            QueryHash = details.Text("queryHash"),
            PlanCacheKey = details.Text("planCacheKey"),
            AppName = details.Text("appName"),
            IsWriteBatchSummary = isSummary,
        };
        return LineOutcome.Operation;
    }

    private static QueryShape Shape(string op, string ns, Details details, bool truncated)
    {
        switch (op)
        {
            case "command" when details.Command is { } command:
                var fromCommand = CommandShaper.FromCommand(ns, command, details.OriginatingCommand, truncated);
                // 2.6 replaces a large command by {$msg: "query not recording (too large)"}: the name before it still tells the command.
                return details.CommandName is { } name && command.ElementCount > 0 && !command.GetElement(0).Name.Equals(name, StringComparison.OrdinalIgnoreCase)
                    ? QueryShape.Create(ns, "command", [], isDynamic: true) with { CommandName = name }
                    : fromCommand;
            case "command":
                return QueryShape.Create(ns, "command", [], isDynamic: true) with { CommandName = details.CommandName ?? "?" };
            case "query":
                return CommandShaper.FromLegacyQuery(ns, "find", details.Query, details.Projection, truncated);
            case "getmore" when details.OriginatingCommand is { } origin:
                return CommandShaper.FromCommand(ns, origin, null, truncated) with { Operation = "getMore", CommandName = null };
            case "getmore":
                return CommandShaper.FromLegacyQuery(ns, "getMore", details.Query, null, truncated);
            case "update" or "remove":
                var operation = op == "update" ? "update" : "delete";
                return details.Command is { } statement
                    ? CommandShaper.FromWriteStatement(ns, operation, statement, truncated)
                    : CommandShaper.FromLegacyQuery(ns, operation, details.Query, null, truncated);
            default:
                return QueryShape.Create(ns, "insert", [], isDynamic: truncated);
        }
    }

    private static Details ReadDetails(string line, int position, int end)
    {
        var details = new Details();
        var text = line[..end];
        while (position < text.Length)
        {
            SkipSpaces(text, ref position);
            var keyStart = position;
            while (position < text.Length && text[position] != ':' && text[position] != ' ')
            {
                position++;
            }

            if (position >= text.Length)
            {
                break;
            }

            var key = text[keyStart..position];
            if (text[position] == ' ')
            {
                continue;
            }

            position++;
            SkipSpaces(text, ref position);
            switch (key)
            {
                case "command" or "query" or "originatingCommand" or "update" or "filter" or "projection":
                    ReadDocumentValue(text, ref position, key, details);
                    break;
                case "planSummary":
                    details.PlanSummary = ReadPlanSummary(text, ref position);
                    break;
                default:
                    details.Values[key] = ReadScalar(text, ref position);
                    break;
            }
        }

        return details;
    }

    private static void ReadDocumentValue(string text, ref int position, string key, Details details)
    {
        string? name = null;
        if (position < text.Length && text[position] != '{')
        {
            name = ReadWord(text, ref position);
            SkipSpaces(text, ref position);
        }

        if (position >= text.Length || text[position] != '{')
        {
            return;
        }

        var parsed = ShellDocumentParser.Parse(text, ref position);
        details.Truncated |= !parsed.Complete || parsed.Document.Contains("$msg");
        switch (key)
        {
            case "command":
                details.Command = parsed.Document;
                details.CommandName = name;
                break;
            case "query":
                details.Query = parsed.Document;
                break;
            case "originatingCommand":
                details.OriginatingCommand = parsed.Document;
                break;
            case "projection":
                details.Projection = parsed.Document;
                break;
        }
    }

    // STAGE [{ key pattern }] [, STAGE [{ ... }]]... — commas at brace depth 0 separate plans.
    private static string ReadPlanSummary(string text, ref int position)
    {
        var start = position;
        while (position < text.Length)
        {
            ReadWord(text, ref position);
            SkipSpaces(text, ref position);
            if (position < text.Length && text[position] == '{')
            {
                SkipBalanced(text, ref position);
            }

            var afterPlan = position;
            SkipSpaces(text, ref position);
            if (position < text.Length && text[position] == ',')
            {
                position++;
                SkipSpaces(text, ref position);
                continue;
            }

            position = afterPlan;
            break;
        }

        return text[start..position].Trim();
    }

    private static string ReadScalar(string text, ref int position)
    {
        if (position >= text.Length)
        {
            return "";
        }

        if (text[position] == '"')
        {
            var close = text.IndexOf('"', position + 1);
            var value = close < 0 ? text[(position + 1)..] : text[(position + 1)..close];
            position = close < 0 ? text.Length : close + 1;
            return value;
        }

        var start = position;
        if (text[position] == '{')
        {
            SkipBalanced(text, ref position);
            return text[start..position];
        }

        while (position < text.Length && text[position] != ' ')
        {
            position++;
        }

        return text[start..position];
    }

    private static void SkipBalanced(string text, ref int position)
    {
        var depth = 0;
        var quote = '\0';
        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    position++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                position++;
                return;
            }
        }
    }

    private static bool TryReadDuration(string line, out double duration, out int start)
    {
        duration = 0;
        start = line.Length;
        var end = line.Length;
        while (end > 0 && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        if (end < 3 || line[end - 1] != 's' || line[end - 2] != 'm')
        {
            return false;
        }

        var digitsEnd = end - 2;
        var digitsStart = digitsEnd;
        while (digitsStart > 0 && char.IsAsciiDigit(line[digitsStart - 1]))
        {
            digitsStart--;
        }

        if (digitsStart == digitsEnd || digitsStart == 0 || line[digitsStart - 1] != ' ')
        {
            return false;
        }

        start = digitsStart;
        return double.TryParse(line.AsSpan(digitsStart, digitsEnd - digitsStart), NumberStyles.None, CultureInfo.InvariantCulture, out duration);
    }

    private static bool TryReadTimestamp(string line, out DateTimeOffset? timestamp, out int position)
    {
        timestamp = null;
        position = 0;
        if (line.Length > 10 && char.IsAsciiDigit(line[0]))
        {
            var space = line.IndexOf(' ');
            if (space < 0)
            {
                return false;
            }

            timestamp = Timestamps.ParseIso(line[..space]);
            position = space;
            return timestamp is not null;
        }

        // 2.2/2.4 ctime: "Wed Mar  5 17:14:54.474" — no year, so no timestamp to filter on, but a log line all the same.
        if (line.Length > 24 && Weekdays.Any(d => line.StartsWith(d, StringComparison.Ordinal)) && line[3] == ' ')
        {
            var time = line.IndexOf(':', 4);
            var space = time < 0 ? -1 : line.IndexOf(' ', time);
            position = space < 0 ? line.Length : space;
            return space > 0;
        }

        return false;
    }

    private static string ReadWord(string text, ref int position)
    {
        SkipSpaces(text, ref position);
        var start = position;
        while (position < text.Length && text[position] != ' ')
        {
            position++;
        }

        return text[start..position];
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
    }

    private sealed class Details
    {
        public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

        public BsonDocument? Command { get; set; }

        public string? CommandName { get; set; }

        public BsonDocument? Query { get; set; }

        public BsonDocument? OriginatingCommand { get; set; }

        public BsonDocument? Projection { get; set; }

        public string? PlanSummary { get; set; }

        public bool Truncated { get; set; }

        public long? Long(string key) =>
            Values.TryGetValue(key, out var text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

        public bool Flag(string key) =>
            Values.TryGetValue(key, out var text) && (text is "1" or "true" or "True");

        public string? Text(string key) => Values.TryGetValue(key, out var text) && text.Length > 0 ? text : null;
    }
}
