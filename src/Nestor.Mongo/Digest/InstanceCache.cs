using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Nestor.Mongo.Digest;

/// <summary>
/// A fixed number of values found by the identity of their key: a hit costs no hashing or comparison of the key's
/// content, and a miss overwrites its slot. What it holds, and keeps alive, is bounded by its size whatever the input —
/// a reader that builds a fresh key for every operation only misses.
/// </summary>
internal sealed class InstanceCache<TKey, TValue>
    where TKey : class
    where TValue : class
{
    private readonly Slot[] slots;

    /// <param name="size">A power of two.</param>
    public InstanceCache(int size)
    {
        if (size <= 0 || (size & (size - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "The size of an instance cache is a power of two.");
        }

        slots = new Slot[size];
    }

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        ref var slot = ref SlotOf(key);
        if (ReferenceEquals(slot.Key, key))
        {
            value = slot.Value!;
            return true;
        }

        value = null;
        return false;
    }

    public void Set(TKey key, TValue value) => SlotOf(key) = new Slot(key, value);

    private ref Slot SlotOf(TKey key) => ref slots[RuntimeHelpers.GetHashCode(key) & (slots.Length - 1)];

    private readonly record struct Slot(TKey? Key, TValue? Value);
}
