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
/// that. Here a lookup is open addressing with linear probing over one array of entries, the stored hash compared
/// before the bytes, and the bytes of every entry kept in one shared arena.
/// </para>
/// <para>
/// Bytes that differ but decode alike (invalid sequences all become U+FFFD) give equal strings, not one instance.
/// </para>
/// <para>
/// Memory stays bounded: the capacity is a power of two, at most half the slots are filled (so probes stay short), and
/// the table is cleared when a new string would exceed that. The caller keeps long strings out; the arena holds at most
/// the bytes of the entries since the last clear.
/// </para>
/// </remarks>
internal sealed class Utf8StringTable
{
    private readonly Entry[] entries;
    private readonly int mask;
    private readonly int maxCount;
    private byte[] arena = new byte[4096];
    private int arenaUsed;

    /// <param name="capacity">The number of slots, a power of two of at least 2; half of them can be filled.</param>
    public Utf8StringTable(int capacity)
    {
        if (capacity < 2 || !int.IsPow2(capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be a power of two of at least 2.");
        }

        entries = new Entry[capacity];
        mask = capacity - 1;
        maxCount = capacity / 2;
    }

    /// <summary>The number of strings held since the table was created or last cleared.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The string these UTF-8 bytes decode to (invalid sequences as U+FFFD), the same instance as for equal bytes before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string GetOrAdd(ReadOnlySpan<byte> utf8)
    {
        var hash = ByteHash.Of(utf8);
        var index = hash & mask;
        while (true)
        {
            ref readonly var entry = ref entries[index];
            if (entry.Text is null)
            {
                return Add(utf8, hash, index);
            }

            if (entry.Hash == hash && arena.AsSpan(entry.Start, entry.Length).SequenceEqual(utf8))
            {
                return entry.Text;
            }

            index = (index + 1) & mask;
        }
    }

    private string Add(ReadOnlySpan<byte> utf8, int hash, int emptyIndex)
    {
        if (Count >= maxCount)
        {
            Clear();
            emptyIndex = hash & mask;
        }

        var text = Encoding.UTF8.GetString(utf8);
        entries[emptyIndex] = new Entry(hash, Append(utf8), utf8.Length, text);
        Count++;
        return text;
    }

    private int Append(ReadOnlySpan<byte> utf8)
    {
        if (arenaUsed + utf8.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, arenaUsed + utf8.Length));
        }

        var start = arenaUsed;
        utf8.CopyTo(arena.AsSpan(start));
        arenaUsed += utf8.Length;
        return start;
    }

    private void Clear()
    {
        Array.Clear(entries);
        arenaUsed = 0;
        Count = 0;
    }

    // An empty slot has no text. The bytes are arena[Start..(Start + Length)].
    private readonly record struct Entry(int Hash, int Start, int Length, string? Text);
}
