using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Nestor.Mongo.Indexes;

/// <summary>
/// Reads the JSON that people save from mongosh, drivers and exports: canonical or relaxed
/// Extended JSON, shell syntax (<c>NumberLong(1)</c>, <c>ISODate("...")</c>), one value or several
/// values one after another (JSON lines).
/// </summary>
public static class ExtendedJson
{
    /// <summary>Every top-level value of the text, in order.</summary>
    /// <exception cref="FormatException">The text is not JSON, Extended JSON or shell syntax; the message says where.</exception>
    public static IReadOnlyList<BsonValue> ReadValues(string text)
    {
        var values = new List<BsonValue>();
        var trimmed = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(trimmed))
        {
            return values;
        }

        using var reader = new JsonReader(trimmed);
        while (!reader.IsAtEndOfFile())
        {
            try
            {
                values.Add(BsonValueSerializer.Instance.Deserialize(BsonDeserializationContext.CreateRoot(reader)));
            }
            catch (Exception exception) when (exception is FormatException or BsonException or InvalidOperationException or EndOfStreamException)
            {
                // Tools write Extended JSON the strict reader refuses ({"$timestamp": "7095..."} from
                // Compass, say): plain JSON with the common wrappers converted still serves.
                return LenientJson.TryReadValues(trimmed)
                    ?? throw new FormatException($"not valid JSON or Extended JSON near value {values.Count + 1}: {exception.Message}", exception);
            }
        }

        return values;
    }

    /// <summary>Canonical text of a document for comparisons (relaxed Extended JSON, keys in written order).</summary>
    public static string Canonical(BsonDocument document) =>
        document.ToJson(new JsonWriterSettings { OutputMode = JsonOutputMode.RelaxedExtendedJson, Indent = false });

    /// <summary>A number stored in any BSON numeric type (or a numeric string), or null.</summary>
    public static double? AsNumber(BsonValue? value) => value switch
    {
        null => null,
        { IsNumeric: true } => value.ToDouble(),
        { IsString: true } when double.TryParse(value.AsString, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A count stored in any numeric type, or null.</summary>
    public static long? AsLong(BsonValue? value) => AsNumber(value) is { } number && !double.IsNaN(number) && !double.IsInfinity(number)
        ? (long)Math.Clamp(number, long.MinValue, long.MaxValue)
        : null;

    /// <summary>A field of a document when the value is a document, or null.</summary>
    public static BsonDocument? Document(BsonDocument parent, string name) =>
        parent.TryGetValue(name, out var value) && value.IsBsonDocument ? value.AsBsonDocument : null;

    /// <summary>A field of a document when the value is a string, or null.</summary>
    public static string? String(BsonDocument parent, string name) =>
        parent.TryGetValue(name, out var value) && value.IsString ? value.AsString : null;

    /// <summary>A field read as a flag: true, or a non-zero number.</summary>
    public static bool Flag(BsonDocument parent, string name) =>
        parent.TryGetValue(name, out var value) && (value.IsBoolean ? value.AsBoolean : AsNumber(value) is { } number && number != 0);
}
