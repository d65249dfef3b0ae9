using MongoDB.Bson;

namespace Nestor.Mongo.Indexes;

/// <summary>
/// Turns one index specification document, as <c>getIndexes()</c>, <c>listIndexes</c> and the
/// <c>spec</c> of <c>$indexStats</c> print it, into an <see cref="IndexDefinition"/>.
/// </summary>
public static class IndexSpecReader
{
    /// <summary>The definition, or null with <paramref name="problem"/> saying why the document is not an index spec.</summary>
    public static IndexDefinition? Read(BsonDocument spec, string @namespace, string source, out string? problem)
    {
        problem = null;
        if (!spec.TryGetValue("key", out var keyValue) || !keyValue.IsBsonDocument)
        {
            problem = "no \"key\" document";
            return null;
        }

        var keys = ReadKeys(keyValue.AsBsonDocument, ExtendedJson.Document(spec, "weights"), out problem);
        if (keys is null)
        {
            return null;
        }

        var name = ExtendedJson.String(spec, "name") ?? IndexDefinition.DefaultName(keys);
        var collation = ExtendedJson.Document(spec, "collation");
        var partial = ExtendedJson.Document(spec, "partialFilterExpression");
        return new IndexDefinition(@namespace, name, keys)
        {
            Unique = ExtendedJson.Flag(spec, "unique"),
            Sparse = ExtendedJson.Flag(spec, "sparse"),
            Hidden = ExtendedJson.Flag(spec, "hidden"),
            PartialFilterExpression = partial is null ? null : ExtendedJson.Canonical(partial),
            Collation = collation is null || IsSimpleCollation(collation) ? null : ExtendedJson.Canonical(collation),
            ExpireAfterSeconds = spec.TryGetValue("expireAfterSeconds", out var ttl) ? ExtendedJson.AsLong(ttl) : null,
            Source = source,
        };
    }

    /// <summary>
    /// Reads a key pattern. A text index is stored as <c>{ _fts: "text", _ftsx: 1 }</c> with its
    /// fields in <c>weights</c>: those fields become the text keys, in name order.
    /// </summary>
    public static IReadOnlyList<IndexKey>? ReadKeys(BsonDocument keyPattern, BsonDocument? weights, out string? problem)
    {
        problem = null;
        var keys = new List<IndexKey>();
        foreach (var element in keyPattern)
        {
            if (element.Name == "_ftsx")
            {
                continue;
            }

            if (element.Name == "_fts")
            {
                var textFields = weights?.Names.Order(StringComparer.Ordinal).ToList() ?? [];
                keys.AddRange(textFields.Count == 0 ? [new IndexKey("$**", IndexKeyKind.Text)] : textFields.Select(field => new IndexKey(field, IndexKeyKind.Text)));
                continue;
            }

            var kind = KindOf(element.Name, element.Value);
            if (kind is null)
            {
                problem = $"key \"{element.Name}\" has an unknown value {element.Value}";
                return null;
            }

            keys.Add(new IndexKey(element.Name, kind.Value));
        }

        if (keys.Count == 0)
        {
            problem = "empty \"key\" document";
            return null;
        }

        return keys;
    }

    private static IndexKeyKind? KindOf(string path, BsonValue value)
    {
        if (path == "$**" || path.EndsWith(".$**", StringComparison.Ordinal))
        {
            return IndexKeyKind.Wildcard;
        }

        if (value.IsString)
        {
            return value.AsString switch
            {
                "text" => IndexKeyKind.Text,
                "hashed" => IndexKeyKind.Hashed,
                "2dsphere" => IndexKeyKind.TwoDSphere,
                "2d" => IndexKeyKind.TwoD,
                _ => null,
            };
        }

        // Old servers accepted any number and treated zero and positives as ascending.
        return ExtendedJson.AsNumber(value) is { } number && !double.IsNaN(number)
            ? (number < 0 ? IndexKeyKind.Descending : IndexKeyKind.Ascending)
            : null;
    }

    private static bool IsSimpleCollation(BsonDocument collation) =>
        collation.TryGetValue("locale", out var locale) && locale.IsString && locale.AsString == "simple";
}
