using System.Globalization;
using System.Text;
using System.Text.Json;
using MongoDB.Bson;

namespace Nestor.Mongo.Indexes;

/// <summary>
/// Plain JSON to BSON values, for the Extended JSON that the strict reader refuses. Numbers keep
/// their kind (Int32, Int64, Double); <c>$numberInt</c>, <c>$numberLong</c>, <c>$numberDouble</c>,
/// <c>$numberDecimal</c>, <c>$date</c> and <c>$oid</c> wrappers are converted; any other
/// <c>$</c> document stays a document.
/// </summary>
internal static class LenientJson
{
    private const int MaxDepth = 256;

    /// <summary>Every top-level value, or null when the text is not JSON either.</summary>
    public static IReadOnlyList<BsonValue>? TryReadValues(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            AllowMultipleValues = true,
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = MaxDepth,
        });
        var values = new List<BsonValue>();
        try
        {
            while (reader.Read())
            {
                using var document = JsonDocument.ParseValue(ref reader);
                values.Add(Convert(document.RootElement));
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return values;
    }

    private static BsonValue Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => Object(element),
        JsonValueKind.Array => new BsonArray(element.EnumerateArray().Select(Convert)),
        JsonValueKind.String => new BsonString(element.GetString()!),
        JsonValueKind.Number => Number(element),
        JsonValueKind.True => BsonBoolean.True,
        JsonValueKind.False => BsonBoolean.False,
        _ => BsonNull.Value,
    };

    private static BsonValue Number(JsonElement element) =>
        element.TryGetInt32(out var small) ? new BsonInt32(small)
        : element.TryGetInt64(out var large) ? new BsonInt64(large)
        : new BsonDouble(element.GetDouble());

    private static BsonValue Object(JsonElement element)
    {
        if (Wrapper(element) is { } converted)
        {
            return converted;
        }

        var document = new BsonDocument();
        foreach (var property in element.EnumerateObject())
        {
            document.Set(property.Name, Convert(property.Value));
        }

        return document;
    }

    private static BsonValue? Wrapper(JsonElement element)
    {
        using var properties = element.EnumerateObject();
        if (!properties.MoveNext())
        {
            return null;
        }

        var property = properties.Current;
        if (properties.MoveNext())
        {
            return null;
        }

        var value = property.Value;
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return property.Name switch
        {
            "$numberInt" when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => new BsonInt32(number),
            "$numberLong" when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => new BsonInt64(number),
            "$numberDouble" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => new BsonDouble(number),
            "$numberDecimal" when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => new BsonDecimal128(number),
            "$oid" when text is not null && ObjectId.TryParse(text, out var id) => id,
            "$date" => Date(value),
            _ => null,
        };
    }

    private static BsonValue? Date(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var millis))
        {
            return new BsonDateTime(millis);
        }

        if (value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return new BsonDateTime(date.UtcDateTime);
        }

        return value.ValueKind == JsonValueKind.Object && Wrapper(value) is { IsNumeric: true } number
            ? new BsonDateTime(number.ToInt64())
            : null;
    }
}
