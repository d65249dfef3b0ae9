namespace Nestor.Mongo.Indexes;

/// <summary>Where an existing index definition was read from.</summary>
public static class IndexSources
{
    /// <summary>From the project's Mongoose schemas (<c>@Prop({ index: true })</c>, <c>schema.index(...)</c>).</summary>
    public const string Code = "code";

    /// <summary>From a saved <c>db.coll.getIndexes()</c> / <c>listIndexes</c> output.</summary>
    public const string GetIndexes = "getIndexes";

    /// <summary>From a saved <c>$indexStats</c> output (its <c>spec</c> or <c>key</c>).</summary>
    public const string IndexStats = "indexStats";

    /// <summary>Read live from a server given with <c>--uri</c>.</summary>
    public const string Uri = "uri";

    /// <summary>Seen in a plan of the evidence (<c>IXSCAN { a: 1 }</c>): it exists, its options are unknown.</summary>
    public const string Plan = "plan";

    /// <summary>The <c>_id</c> index every collection has, assumed when no listing names it.</summary>
    public const string Implicit = "implicit";
}

/// <summary>
/// One index on one collection: its key pattern in order and the options that change what it can
/// serve (unique, sparse, partial, collation, hidden). Options documents are kept as canonical
/// relaxed Extended JSON text so that two definitions compare by value.
/// </summary>
public sealed record IndexDefinition(string Namespace, string Name, IReadOnlyList<IndexKey> Keys)
{
    public bool Unique { get; init; }

    public bool Sparse { get; init; }

    /// <summary>The partial filter expression as canonical JSON, or null for a full index.</summary>
    public string? PartialFilterExpression { get; init; }

    /// <summary>The collation document as canonical JSON, or null for the simple (binary) collation.</summary>
    public string? Collation { get; init; }

    public long? ExpireAfterSeconds { get; init; }

    public bool Hidden { get; init; }

    /// <summary>
    /// False when only the key pattern is known (an <c>$indexStats</c> entry without <c>spec</c>):
    /// unique, sparse, partial, collation and TTL may then be set on the server without showing here.
    /// </summary>
    public bool OptionsKnown { get; init; } = true;

    /// <summary>One of <see cref="IndexSources"/>.</summary>
    public string Source { get; init; } = IndexSources.Code;

    /// <summary>The collection part of the namespace: <c>orders</c> for <c>shop.orders</c>.</summary>
    public string Collection => NamespaceParts.Collection(Namespace);

    /// <summary>True for the built-in <c>_id</c> index, which cannot be dropped.</summary>
    public bool IsIdIndex => Name == "_id_" || (Keys.Count == 1 && Keys[0].Path == "_id" && Keys[0].IsOrdered);

    /// <summary>True when every key is ascending or descending (no text, hashed, geo or wildcard key).</summary>
    public bool IsPlainBTree => Keys.All(key => key.IsOrdered);

    /// <summary>The key pattern as mongosh prints it: <c>{ status: 1, createdAt: -1 }</c>.</summary>
    public string KeyPatternText => KeyPattern.Format(Keys);

    /// <summary>The name MongoDB gives an index created without one: <c>status_1_createdAt_-1</c>.</summary>
    public static string DefaultName(IEnumerable<IndexKey> keys) => string.Join('_', keys.Select(key => key.NamePart));

    /// <summary>True when both have the same keys in the same order and directions.</summary>
    public bool HasSameKeys(IndexDefinition other) => Keys.SequenceEqual(other.Keys);

    /// <summary>
    /// True when the two indexes differ in an option that changes which queries they can serve or
    /// what they enforce: unique, sparse, partial filter, collation, hidden.
    /// </summary>
    public bool HasSameServingOptions(IndexDefinition other) =>
        Unique == other.Unique
        && Sparse == other.Sparse
        && PartialFilterExpression == other.PartialFilterExpression
        && Collation == other.Collation
        && Hidden == other.Hidden;

    public override string ToString() => $"{Namespace} {Name} {KeyPatternText}";
}

/// <summary>Formats key patterns in mongosh syntax.</summary>
public static class KeyPattern
{
    public static string Format(IEnumerable<IndexKey> keys)
    {
        var parts = keys.Select(key => $"{FieldName(key.Path)}: {key.ValueText}").ToList();
        return parts.Count == 0 ? "{}" : $"{{ {string.Join(", ", parts)} }}";
    }

    /// <summary>Quotes a field name when mongosh would need quotes around it (dotted paths, <c>$**</c>).</summary>
    public static string FieldName(string path)
    {
        var plain = path.Length > 0
            && (char.IsLetter(path[0]) || path[0] == '_' || path[0] == '$')
            && path.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '$');
        return plain ? path : $"\"{path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
    }
}

/// <summary>Splits <c>db.collection</c> namespaces (the collection part may itself contain dots).</summary>
public static class NamespaceParts
{
    public static string Database(string ns)
    {
        var dot = ns.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? string.Empty : ns[..dot];
    }

    public static string Collection(string ns)
    {
        var dot = ns.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? ns : ns[(dot + 1)..];
    }

    /// <summary>True when the database is not known (<c>?.orders</c>, as the code model writes it).</summary>
    public static bool HasUnknownDatabase(string ns)
    {
        var database = Database(ns);
        return database.Length == 0 || database == "?";
    }

    /// <summary>
    /// True when both name the same collection: equal namespaces, or equal collections where either
    /// side's database is unknown.
    /// </summary>
    public static bool SameCollection(string left, string right) =>
        string.Equals(left, right, StringComparison.Ordinal)
        || ((HasUnknownDatabase(left) || HasUnknownDatabase(right))
            && string.Equals(Collection(left), Collection(right), StringComparison.Ordinal));

    /// <summary>A namespace from a name that may lack its database: <c>orders</c> becomes <c>?.orders</c>.</summary>
    public static string Normalize(string name) => name.Contains('.', StringComparison.Ordinal) ? name : $"?.{name}";
}
