using MongoDB.Bson;

namespace Nestor.Mongo.Shapes;

/// <summary>
/// Builds the <see cref="QueryShape"/> of one operation from the documents the server logs or profiles:
/// a command (<c>{find: "orders", filter: ...}</c>), a per-statement write (<c>{q: ..., u: ...}</c>) or a legacy query.
/// </summary>
public static class CommandShaper
{
    // Commands whose first value is a collection of the command's database (others name a full namespace, an id, or nothing).
    private static readonly HashSet<string> CollectionCommands = new(StringComparer.OrdinalIgnoreCase)
    {
        "find", "aggregate", "count", "distinct", "findAndModify", "update", "delete", "insert", "create", "createIndexes",
        "drop", "dropIndexes", "deleteIndexes", "listIndexes", "collMod", "collStats", "validate", "compact", "mapReduce",
        "geoNear", "group", "killCursors", "reIndex", "convertToCapped", "cloneCollectionAsCapped", "explain",
    };

    /// <summary>The shape of a command document; <paramref name="logNamespace"/> is the <c>ns</c> the log gives (<c>db.coll</c> or <c>db.$cmd</c>).</summary>
    public static QueryShape FromCommand(string logNamespace, BsonDocument command, BsonDocument? originatingCommand = null, bool truncated = false)
    {
        if (command.ElementCount == 0)
        {
            return QueryShape.Create(logNamespace, "command", [], isDynamic: truncated) with { CommandName = "?" };
        }

        var first = command.GetElement(0);
        var ns = Namespace(logNamespace, command);
        switch (first.Name.ToLowerInvariant())
        {
            case "find":
                return Find("find", ns, command, truncated);
            case "aggregate":
                return Aggregate("aggregate", ns, command, truncated);
            case "count":
                return Build("count", ns, Document(command, "query"), null, null, null, truncated);
            case "distinct":
                var key = command.TryGetValue("key", out var k) && k is BsonString s ? new[] { s.Value } : [];
                return Build("distinct", ns, Document(command, "query"), null, key, null, truncated);
            case "findandmodify":
                return Build("findAndModify", ns, Document(command, "query"), Document(command, "sort"), FilterShaper.Projection(Value(command, "fields")), null, truncated);
            case "update":
                return Build("update", ns, FirstStatementFilter(command, "updates"), null, null, null, truncated);
            case "delete":
                return Build("delete", ns, FirstStatementFilter(command, "deletes"), null, null, null, truncated);
            case "insert":
                return Build("insert", ns, null, null, null, null, truncated);
            case "getmore":
                return GetMore(logNamespace, command, originatingCommand, truncated);
            default:
                return QueryShape.Create(ns, "command", [], isDynamic: truncated) with { CommandName = first.Name };
        }
    }

    /// <summary>
    /// The shape of a per-statement write line (<c>type: "update"</c> / <c>"remove"</c>, <c>{q, u, multi, upsert}</c> or
    /// <c>{q, limit}</c>); older servers write <c>query</c> for <c>q</c>.
    /// </summary>
    public static QueryShape FromWriteStatement(string @namespace, string operation, BsonDocument statement, bool truncated = false)
    {
        var filter = Document(statement, "q") ?? Document(statement, "query");
        return Build(operation, @namespace, filter, null, null, null, truncated);
    }

    /// <summary>
    /// The shape of a legacy (2.x–3.x) query document: either a plain filter or a wrapper
    /// <c>{$query: filter, $orderby: sort}</c> / <c>{query: filter, orderby: sort}</c>.
    /// </summary>
    public static QueryShape FromLegacyQuery(string @namespace, string operation, BsonDocument? query, BsonDocument? projection = null, bool truncated = false)
    {
        var (filter, sort) = Unwrap(query);
        return Build(operation, @namespace, filter, sort, FilterShaper.Projection(projection), null, truncated);
    }

    /// <summary>The unwrapped filter and sort of a legacy query document.</summary>
    public static (BsonDocument? Filter, BsonDocument? Sort) Unwrap(BsonDocument? query)
    {
        if (query is null)
        {
            return (null, null);
        }

        if (query.TryGetValue("$query", out var inner) && inner is BsonDocument wrapped)
        {
            return (wrapped, Document(query, "$orderby"));
        }

        if (query.TryGetValue("query", out var plain) && plain is BsonDocument plainWrapped && query.Names.All(n => n is "query" or "orderby" or "$explain" or "$hint" or "$comment"))
        {
            return (plainWrapped, Document(query, "orderby"));
        }

        return (query, null);
    }

    /// <summary>
    /// The namespace an operation works on: the log's own namespace when it names a collection; for a database command
    /// namespace (<c>db.$cmd</c>), the log's database and the collection a collection command names (<c>{update: "orders"}</c>).
    /// </summary>
    public static string Namespace(string logNamespace, BsonDocument command)
    {
        var isCommandNamespace = logNamespace.EndsWith(".$cmd", StringComparison.Ordinal) || !logNamespace.Contains('.');
        if (!isCommandNamespace || command.ElementCount == 0 || command.GetElement(0).Value is not BsonString collection
            || !CollectionCommands.Contains(command.GetElement(0).Name))
        {
            return logNamespace;
        }

        return Database(logNamespace, command) + "." + collection.Value;
    }

    private static QueryShape Find(string operation, string ns, BsonDocument command, bool truncated) =>
        Build(operation, ns, Document(command, "filter"), Document(command, "sort"), FilterShaper.Projection(Value(command, "projection")), null, truncated);

    private static QueryShape Aggregate(string operation, string ns, BsonDocument command, bool truncated)
    {
        var pipeline = Value(command, "pipeline") as BsonArray;
        var (match, sort) = FilterShaper.PipelineHead(pipeline);
        return Build(operation, ns, match, sort, [], FilterShaper.StageNames(pipeline), truncated);
    }

    private static QueryShape GetMore(string logNamespace, BsonDocument command, BsonDocument? originatingCommand, bool truncated)
    {
        var isCommandNamespace = logNamespace.EndsWith(".$cmd", StringComparison.Ordinal) || !logNamespace.Contains('.');
        var ns = isCommandNamespace && command.TryGetValue("collection", out var c) && c is BsonString collection
            ? Database(logNamespace, command) + "." + collection.Value
            : logNamespace;
        if (originatingCommand is null || originatingCommand.ElementCount == 0)
        {
            return Build("getMore", ns, null, null, null, null, truncated);
        }

        var origin = FromCommand(ns, originatingCommand, null, truncated);
        return origin with { Operation = "getMore", CommandName = null };
    }

    private static QueryShape Build(string operation, string ns, BsonDocument? filter, BsonDocument? sort, IReadOnlyList<string>? projection, IReadOnlyList<string>? pipeline, bool truncated)
    {
        var (and, or) = FilterShaper.Shape(filter);
        return new QueryShape(ns, operation, and, or, FilterShaper.Sort(sort), projection ?? [], pipeline ?? []) { IsDynamic = truncated };
    }

    private static BsonDocument? FirstStatementFilter(BsonDocument command, string arrayName) =>
        Value(command, arrayName) is BsonArray { Count: > 0 } statements && statements[0] is BsonDocument statement ? Document(statement, "q") : null;

    private static BsonDocument? Document(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) ? value as BsonDocument : null;

    private static BsonValue? Value(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) ? value : null;

    // The log's database; a namespace without one (rare, hand-made inputs) falls back to the command's $db.
    private static string Database(string ns, BsonDocument command)
    {
        var dot = ns.IndexOf('.');
        if (dot > 0)
        {
            return ns[..dot];
        }

        return command.TryGetValue("$db", out var db) && db is BsonString name ? name.Value : ns;
    }
}
