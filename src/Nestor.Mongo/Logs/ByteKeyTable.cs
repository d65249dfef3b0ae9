using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Nestor.Mongo.Logs;

/// <summary>
/// Values found by a key of bytes (a string's UTF-8, a shape key): a lookup costs a hash of the bytes, a load or two and
/// one comparison of bytes, with no interface call and no generic code left for the runtime to compile late.
/// </summary>
/// <remarks>
/// <para>
/// The log readers ask such a table several times per line. A <see cref="Dictionary{TKey,TValue}"/> keyed by byte
/// arrays hashes and compares through its comparer's interfaces, and its instantiation over the readers' types runs
/// unoptimised at first; here a lookup is open addressing with linear probing over one array of entries, the stored
/// hash compared before the bytes, and the bytes of every key kept in one shared arena.
/// </para>
/// <para>
/// The slots start few and double as keys come, so that the ones in use stay close together: a log streams through the
/// processor's caches between two lookups of the same key, and a slot among a few hundred is more often still there
/// than one spread over the whole capacity (a shape cache at its full 32,768 slots missed on nearly every lookup).
/// </para>
/// <para>
/// Memory stays bounded: the capacity is a power of two, at most half the slots are filled (so probes stay short), the
/// arena holds at most <c>maxKeyBytes</c>, and the table is cleared when a new key would exceed either bound.
/// </para>
/// </remarks>
internal sealed class ByteKeyTable<TValue>
    where TValue : class
{
    private const int InitialSlots = 64;

    private readonly int capacity;
    private readonly int maxKeyBytes;
    private Entry[] entries;
    private int mask;
    private byte[] arena = new byte[4096];
    private int arenaUsed;

    /// <param name="capacity">The most slots, a power of two of at least 2; half of them can be filled.</param>
    /// <param name="maxKeyBytes">The most bytes of keys held at once; a longer key is never held.</param>
    public ByteKeyTable(int capacity, int maxKeyBytes)
    {
        if (capacity < 2 || !int.IsPow2(capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be a power of two of at least 2.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxKeyBytes);
        this.capacity = capacity;
        this.maxKeyBytes = maxKeyBytes;
        entries = new Entry[Math.Min(capacity, InitialSlots)];
        mask = entries.Length - 1;
    }

    /// <summary>The number of values held since the table was created or last cleared.</summary>
    public int Count { get; private set; }

    /// <summary>The value added with these bytes, if it is still held.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<byte> key, [MaybeNullWhen(false)] out TValue value)
    {
        value = Find(key, ByteHash.Of(key), out _);
        return value is not null;
    }

    /// <summary>Holds <paramref name="value"/> for these bytes (unless the key alone is over the table's bound), replacing an equal key's.</summary>
    public void Add(ReadOnlySpan<byte> key, TValue value)
    {
        if (key.Length > maxKeyBytes)
        {
            return;
        }

        var hash = ByteHash.Of(key);
        if (Find(key, hash, out var index) is not null)
        {
            entries[index] = entries[index] with { Value = value };
            return;
        }

        var slotsFull = Count >= entries.Length / 2;
        if (slotsFull && entries.Length < capacity)
        {
            Grow();
            Find(key, hash, out index);
        }
        else if (slotsFull || arenaUsed + key.Length > maxKeyBytes)
        {
            Clear();
            index = hash & mask;
        }

        entries[index] = new Entry(hash, Append(key), key.Length, value);
        Count++;
    }

    // The value held for the key, or null with the index of the empty slot where it would go.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TValue? Find(ReadOnlySpan<byte> key, int hash, out int index)
    {
        index = hash & mask;
        while (true)
        {
            ref readonly var entry = ref entries[index];
            if (entry.Value is null)
            {
                return null;
            }

            if (entry.Hash == hash && arena.AsSpan(entry.Start, entry.Length).SequenceEqual(key))
            {
                return entry.Value;
            }

            index = (index + 1) & mask;
        }
    }

    private int Append(ReadOnlySpan<byte> key)
    {
        if (arenaUsed + key.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, arenaUsed + key.Length));
        }

        var start = arenaUsed;
        key.CopyTo(arena.AsSpan(start));
        arenaUsed += key.Length;
        return start;
    }

    // Twice the slots, every held entry moved to its place among them (its hash is kept, its bytes stay in the arena).
    private void Grow()
    {
        var old = entries;
        entries = new Entry[old.Length * 2];
        mask = entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Value is not null)
            {
                var index = entry.Hash & mask;
                while (entries[index].Value is not null)
                {
                    index = (index + 1) & mask;
                }

                entries[index] = entry;
            }
        }
    }

    private void Clear()
    {
        Array.Clear(entries);
        arenaUsed = 0;
        Count = 0;
    }

    // An empty slot has no value. The key's bytes are arena[Start..(Start + Length)].
    private readonly record struct Entry(int Hash, int Start, int Length, TValue? Value);
}
