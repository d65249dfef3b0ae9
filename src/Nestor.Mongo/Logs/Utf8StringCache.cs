using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Nestor.Mongo.Logs;

/// <summary>
/// The strings of a log repeat endlessly (namespaces, connection names, plan summaries, field names): each thread keeps
/// the ones it has seen and hands out the same instance instead of allocating a new string on every line.
/// </summary>
internal static class Utf8StringCache
{
    // A log with a few thousand distinct values fits; beyond the bound the cache starts afresh, so memory stays flat.
    private const int MaxEntries = 8192;
    private const int MaxCachedLength = 128;

    [ThreadStatic]
    private static Dictionary<string, string>? strings;

    /// <summary>The string token (value or property name) the reader is on, shared with earlier equal ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string GetString(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > MaxCachedLength)
        {
            return reader.GetString()!;
        }

        Span<char> buffer = stackalloc char[MaxCachedLength];
        var chars = buffer[..reader.CopyString(buffer)];
        var cache = strings ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out var known))
        {
            return known;
        }

        if (cache.Count >= MaxEntries)
        {
            cache.Clear();
        }

        var text = new string(chars);
        cache.Add(text, text);
        return text;
    }
}
