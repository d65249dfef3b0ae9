using System.Runtime.CompilerServices;

namespace Nestor.Mongo.Digest;

/// <summary>
/// The first few distinct strings added, the rest ignored: a row's hashes and application names. Added on every
/// operation, so it is a struct held in the row with its first string inline (most shapes see one value; the log readers
/// hand out one instance per repeated string, so the common case is one reference comparison and no other object), then
/// a short array; sorted only when read. A mutable struct: hold it in a field that is not readonly, never copy it.
/// </summary>
internal struct BoundedStringSet(int capacity)
{
    private string? first;
    private string[]? more;
    private int count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string? value)
    {
        if (value is null || ReferenceEquals(first, value))
        {
            return;
        }

        if (count == 0)
        {
            first = value;
            count = 1;
            return;
        }

        if (string.Equals(first, value, StringComparison.Ordinal))
        {
            return;
        }

        for (var i = 0; i < count - 1; i++)
        {
            if (string.Equals(more![i], value, StringComparison.Ordinal))
            {
                return;
            }
        }

        if (count < capacity)
        {
            more ??= new string[capacity - 1];
            more[count++ - 1] = value;
        }
    }

    /// <summary>The strings in ordinal order.</summary>
    public readonly string[] Sorted()
    {
        if (count == 0)
        {
            return [];
        }

        var sorted = new string[count];
        sorted[0] = first!;
        more.AsSpan(0, count - 1).CopyTo(sorted.AsSpan(1));
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }
}
