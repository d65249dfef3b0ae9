using System.Text.Json;
using Nestor.Text;

namespace Nestor.Semantics;

/// <summary>Reads JSON configuration files as tsc and npm do: comments and trailing commas allowed.</summary>
internal static class ConfigJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    /// <summary>
    /// Parses <paramref name="text"/>; on failure adds an NST2001 diagnostic at the error's position and returns null.
    /// </summary>
    public static JsonElement? Parse(string path, string text, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            var offset = OffsetOf(text, exception.LineNumber, exception.BytePositionInLine);
            var reason = FirstSentence(exception.Message);
            diagnostics.Add(SemanticDiagnostics.InvalidJson.Create(path, new TextSpan(offset, offset < text.Length ? 1 : 0), WorkspacePath.GetFileName(path), reason));
            return null;
        }
    }

    public static string? GetString(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static bool? GetBoolean(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;

    public static JsonElement? GetObject(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    /// <summary>The strings of an array property; null when the property is absent or not an array.</summary>
    public static IReadOnlyList<string>? GetStrings(this JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToList();
    }

    /// <summary>
    /// The span of a string value of a property, for diagnostics: JsonDocument keeps no positions, so
    /// the text is searched for the key and then for the quoted value after it.
    /// </summary>
    public static TextSpan FindValueSpan(string text, string property, string value)
    {
        var key = text.IndexOf('"' + property + '"', StringComparison.Ordinal);
        if (key < 0)
        {
            return new TextSpan(0, 0);
        }

        var quoted = '"' + JsonEncodedText.Encode(value).ToString() + '"';
        var at = text.IndexOf(quoted, key + property.Length + 2, StringComparison.Ordinal);
        if (at < 0)
        {
            at = text.IndexOf('"' + value + '"', key + property.Length + 2, StringComparison.Ordinal);
        }

        return at < 0 ? new TextSpan(key, property.Length + 2) : new TextSpan(at, Math.Max(quoted.Length, value.Length + 2));
    }

    private static int OffsetOf(string text, long? line, long? bytePositionInLine)
    {
        if (line is null)
        {
            return 0;
        }

        var lines = LineMap.Create(text);
        var start = lines.GetLineStart((int)Math.Min(line.Value, int.MaxValue));
        return Math.Clamp(start + (int)Math.Min(bytePositionInLine ?? 0, int.MaxValue), 0, text.Length);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var sentence = cut > 0 ? message[..cut] : message;
        return sentence.TrimEnd('.', ' ');
    }
}
