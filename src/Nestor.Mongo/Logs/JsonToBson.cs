using System.Runtime.CompilerServices;
using System.Text.Json;
using MongoDB.Bson;

namespace Nestor.Mongo.Logs;

/// <summary>
/// Builds a <see cref="BsonDocument"/> straight from the tokens of a <see cref="LogJsonReader"/>, for the hot path of the
/// JSON log: the command of a slow query is needed only for its shape, so Extended JSON wrappers (<c>{"$date": …}</c>,
/// <c>{"$oid": …}</c>) are kept as the small documents they are (the shaper knows them for values) instead of being
/// converted. Profiler and other documents, whose values matter, go through MongoDB.Bson's own reader.
/// </summary>
internal static class JsonToBson
{
    // The parts of a command that make its shape; session ids, cluster times, write concerns and the like are skipped.
    private static readonly HashSet<string> ShapeFields = new(StringComparer.Ordinal)
    {
        "filter", "sort", "projection", "pipeline", "query", "q", "updates", "deletes", "key", "collection", "fields", "$db",
        "$truncated",
    };

    /// <summary>
    /// Reads a command object: its first element (the command and its collection) and the fields a shape is made of,
    /// skipping the rest unread. The reader is on the object's start and is left on its end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BsonDocument ReadCommand(ref LogJsonReader reader)
    {
        var document = new BsonDocument { AllowDuplicateNames = true };
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Utf8StringCache.GetString(ref reader);
            reader.Read();
            if (document.ElementCount == 0 || ShapeFields.Contains(name))
            {
                document.Add(name, ReadValue(ref reader));
            }
            else
            {
                reader.Skip();
            }
        }

        return document;
    }

    /// <summary>Reads the object the reader is on (its <see cref="JsonTokenType.StartObject"/>) and leaves the reader on its end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BsonDocument ReadDocument(ref LogJsonReader reader)
    {
        var document = new BsonDocument { AllowDuplicateNames = true };
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Utf8StringCache.GetString(ref reader);
            reader.Read();
            document.Add(name, ReadValue(ref reader));
        }

        return document;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BsonValue ReadValue(ref LogJsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadDocument(ref reader);
            case JsonTokenType.StartArray:
                var array = new BsonArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Add(ReadValue(ref reader));
                }

                return array;
            case JsonTokenType.String:
                return new BsonString(Utf8StringCache.Decode(ref reader));
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var integer) ? new BsonInt64(integer) : new BsonDouble(reader.GetDouble());
            case JsonTokenType.True:
                return BsonBoolean.True;
            case JsonTokenType.False:
                return BsonBoolean.False;
            default:
                return BsonNull.Value;
        }
    }
}
