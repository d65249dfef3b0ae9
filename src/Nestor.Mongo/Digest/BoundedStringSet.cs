using System.Runtime.CompilerServices;

namespace Nestor.Mongo.Digest;

/// <summary>
/// The first few distinct strings added, the rest ignored: a row's hashes and application names. Added on every
/// operation, so it is a short array searched by reference first (the log readers hand out one instance per repeated
/// string), and sorted only when read.
/// </summary>
internal sealed class BoundedStringSet(int capacity)
{
    private readonly string[] items = new string[capacity];
    private int count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string? value)
    {
        if (value is null)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            if (ReferenceEquals(items[i], value) || string.Equals(items[i], value, StringComparison.Ordinal))
            {
                return;
            }
        }

        if (count < items.Length)
        {
            items[count++] = value;
        }
    }

    /// <summary>The strings in ordinal order.</summary>
    public string[] Sorted()
    {
        var sorted = items.AsSpan(0, count).ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }
}
