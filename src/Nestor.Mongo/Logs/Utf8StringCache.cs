using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Nestor.Mongo.Logs;

/// <summary>
/// The strings of a log repeat endlessly (namespaces, connection names, plan summaries, field names): each thread keeps
/// the ones it has seen and hands out the same instance instead of allocating a new string on every line. They are
/// found by their unescaped UTF-8 bytes (<see cref="Utf8StringTable"/>): a string seen before is not decoded again.
/// </summary>
/// <remarks>
/// Decoding never throws: invalid UTF-8 becomes U+FFFD, and an escape the reader cannot unescape (a lone surrogate,
/// <c>"\ud800"</c>) is kept as written. A log is evidence, not a contract: one odd byte must not stop a digest.
/// </remarks>
internal static class Utf8StringCache
{
    // 8,192 distinct values fit (half the slots); beyond that the table starts afresh, so memory stays flat.
    private const int TableCapacity = 16_384;
    private const int MaxCachedLength = 128;

    [ThreadStatic]
    private static Utf8StringTable? strings;

    /// <summary>The string token (value or property name) the reader is on, shared with earlier equal ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string GetString(ref LogJsonReader reader)
    {
        if (reader.ValueSpan.Length > MaxCachedLength)
        {
            return Decode(ref reader);
        }

        var table = strings ??= new Utf8StringTable(TableCapacity);
        // Nearly every string of a log is written without escapes: its bytes are the key as they stand, no buffer needed.
        if (!reader.ValueIsEscaped)
        {
            return table.GetOrAdd(reader.ValueSpan);
        }

        Span<byte> unescaped = stackalloc byte[MaxCachedLength];
        return table.GetOrAdd(Unescaped(in reader, unescaped));
    }

    /// <summary>The string token the reader is on, not cached (for values that rarely repeat).</summary>
    public static string Decode(ref LogJsonReader reader)
    {
        var unescaped = reader.ValueIsEscaped ? new byte[reader.ValueSpan.Length] : null;
        return Encoding.UTF8.GetString(Unescaped(in reader, unescaped));
    }

    /// <summary>
    /// The UTF-8 bytes of the string token the reader is on, unescaped into <paramref name="buffer"/> when needed (it must
    /// hold at least <c>ValueSpan.Length</c> bytes); as written when the reader cannot unescape them. The log readers build
    /// shape keys from these bytes and strings from their decoding, so that equal bytes always give equal strings.
    /// </summary>
    public static ReadOnlySpan<byte> Unescaped(in LogJsonReader reader, Span<byte> buffer)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        try
        {
            return buffer[..reader.CopyString(buffer)];
        }
        catch (InvalidOperationException)
        {
            return reader.ValueSpan;
        }
    }
}
