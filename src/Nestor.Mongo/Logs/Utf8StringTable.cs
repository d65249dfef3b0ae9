using System.Runtime.CompilerServices;
using System.Text;

namespace Nestor.Mongo.Logs;

/// <summary>
/// The strings already decoded from UTF-8, found by their bytes: a hit costs a hash of the bytes, a load or two and one
/// comparison of bytes, and decodes nothing.
/// </summary>
/// <remarks>
/// <para>
/// This is the table behind <see cref="Utf8StringCache"/>, which a digest asks a handful of times per log line. A
/// <see cref="Dictionary{TKey,TValue}"/> keyed by strings must decode the bytes to characters before it can look them
/// up; one keyed by byte arrays hashes and compares through its comparer's interfaces, and measured no faster than
/// that. Here the lookup is a <see cref="ByteKeyTable{TValue}"/>'s.
/// </para>
/// <para>
/// Bytes that differ but decode alike (invalid sequences all become U+FFFD) give equal strings, not one instance.
/// </para>
/// <para>
/// Memory stays bounded: at most half the slots are filled, and the table is cleared when a new string would exceed
/// that. The caller keeps long strings out, which bounds the bytes held.
/// </para>
/// </remarks>
internal sealed class Utf8StringTable
{
    private readonly ByteKeyTable<string> strings;

    /// <param name="capacity">The number of slots, a power of two of at least 2; half of them can be filled.</param>
    public Utf8StringTable(int capacity) => strings = new ByteKeyTable<string>(capacity, maxKeyBytes: int.MaxValue);

    /// <summary>The number of strings held since the table was created or last cleared.</summary>
    public int Count => strings.Count;

    /// <summary>
    /// The string these UTF-8 bytes decode to (invalid sequences as U+FFFD), the same instance as for equal bytes before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string GetOrAdd(ReadOnlySpan<byte> utf8)
    {
        if (strings.TryGet(utf8, out var known))
        {
            return known;
        }

        var text = Encoding.UTF8.GetString(utf8);
        strings.Add(utf8, text);
        return text;
    }
}
