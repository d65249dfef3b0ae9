using MongoDB.Bson;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Logs;

/// <summary>
/// Reads one <c>system.profile</c> document, from 2.6 (<c>query</c>, <c>nscanned</c>, <c>scanAndOrder</c>) to 8.0
/// (<c>command</c>, <c>keysExamined</c>, <c>hasSortStage</c>, <c>queryShapeHash</c>), into a <see cref="SlowOperation"/>.
/// </summary>
public static class ProfilerDocumentReader
{
    /// <summary>True when the document has the two fields every profiler document has: <c>op</c> and <c>ns</c>.</summary>
    public static bool IsProfileDocument(BsonDocument document) =>
        document.TryGetValue("op", out var op) && op is BsonString && document.TryGetValue("ns", out var ns) && ns is BsonString;

    public static SlowOperation Read(BsonDocument document, long number)
    {
        var op = document["op"].AsString;
        var ns = document["ns"].AsString;
        var command = Document(document, "command");
        var query = Document(document, "query");
        var originating = Document(document, "originatingCommand");
        var truncated = command is not null && command.Contains("$truncated");
        if (truncated)
        {
            command = ShellDocumentParser.Parse(command!["$truncated"].ToString()!).Document;
        }

        return new SlowOperation
        {
            Shape = Shape(op, ns, command, query, originating, truncated),
            LogNamespace = ns,
            Format = EvidenceFormat.Profiler,
            Line = number,
            Timestamp = document.TryGetValue("ts", out var ts) && ts is BsonDateTime date ? DateTimeOffset.FromUnixTimeMilliseconds(date.MillisecondsSinceEpoch) : null,
            Context = Text(document, "client"),
            DurationMillis = Number(document, "millis") ?? 0,
            KeysExamined = Long(document, "keysExamined") ?? Long(document, "nscanned"),
            DocsExamined = Long(document, "docsExamined") ?? Long(document, "nscannedObjects"),
            NReturned = Long(document, "nreturned"),
            ResponseLength = Long(document, "responseLength"),
            NumYields = Long(document, "numYield") ?? Long(document, "numYields"),
            PlanningTimeMicros = Long(document, "planningTimeMicros"),
            PlanSummary = Text(document, "planSummary"),
            HasSortStage = Flag(document, "hasSortStage") || Flag(document, "scanAndOrder"),
            UsedDisk = Flag(document, "usedDisk"),
            FromMultiPlanner = Flag(document, "fromMultiPlanner"),
            FromPlanCache = Flag(document, "fromPlanCache"),
            Replanned = Flag(document, "replanned"),
            QueryHash = Text(document, "queryHash") ?? Text(document, "planCacheShapeHash"),
            PlanCacheKey = Text(document, "planCacheKey"),
            QueryShapeHash = Text(document, "queryShapeHash"),
            AppName = Text(document, "appName"),
        };
    }

    private static QueryShape Shape(string op, string ns, BsonDocument? command, BsonDocument? query, BsonDocument? originating, bool truncated)
    {
        switch (op)
        {
            case "query":
                if (command is { ElementCount: > 0 })
                {
                    return CommandShaper.FromCommand(ns, command, originating, truncated);
                }

                // 3.2–3.4 store the find command itself under "query".
                return query is { ElementCount: > 0 } && query.GetElement(0).Name == "find"
                    ? CommandShaper.FromCommand(ns, query, originating, truncated)
                    : CommandShaper.FromLegacyQuery(ns, "find", query, null, truncated);
            case "getmore":
                if (originating is { ElementCount: > 0 })
                {
                    return CommandShaper.FromCommand(ns, originating, null, truncated) with { Operation = "getMore", CommandName = null };
                }

                return command is { ElementCount: > 0 }
                    ? CommandShaper.FromCommand(ns, command, null, truncated)
                    : CommandShaper.FromLegacyQuery(ns, "getMore", query, null, truncated);
            case "update" or "remove" or "delete":
                var operation = op == "update" ? "update" : "delete";
                return command is { ElementCount: > 0 }
                    ? CommandShaper.FromWriteStatement(ns, operation, command, truncated)
                    : CommandShaper.FromLegacyQuery(ns, operation, query, null, truncated);
            case "insert":
                return QueryShape.Create(ns, "insert", [], isDynamic: truncated);
            default:
                return command is { ElementCount: > 0 }
                    ? CommandShaper.FromCommand(ns, command, originating, truncated)
                    : QueryShape.Create(ns, "command", [], isDynamic: truncated) with { CommandName = op };
        }
    }

    private static BsonDocument? Document(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) ? value as BsonDocument : null;

    private static string? Text(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) && value is BsonString text && text.Value.Length > 0 ? text.Value : null;

    private static double? Number(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) && value.IsNumeric ? value.ToDouble() : null;

    private static long? Long(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) && value.IsNumeric ? value.ToInt64() : null;

    private static bool Flag(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) && (value is BsonBoolean { Value: true } || (value.IsNumeric && value.ToDouble() != 0));
}
