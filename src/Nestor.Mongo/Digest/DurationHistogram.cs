using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nestor.Mongo.Digest;

/// <summary>
/// Durations of one shape, in memory bounded by the number of distinct buckets rather than by the number of operations.
/// Durations are whole milliseconds (as every source writes them). Below 1,024 ms each value is its own bucket, so
/// percentiles are exact; above, a value keeps its ten most significant bits (log-linear buckets, as in HdrHistogram),
/// so a percentile is off by at most 1/1,024 (0.1 %). Count, sum, min and max are always exact.
/// Percentiles interpolate linearly between order statistics (numpy's default, as mloginfo reports them).
/// </summary>
public sealed class DurationHistogram
{
    private const int ExactLimit = 1024;
    private const int SignificantBits = 10;

    // A shape with this many distinct exact durations keeps them in an array indexed by the value (no hashing, one slot
    // each): 8 KB, about what a dictionary of so many entries takes, so memory stays bounded by distinct buckets.
    private const int DenseThreshold = 256;

    // The same for the wide buckets, one octave (1,024–2,047 ms, 2,048–4,095 ms, ...) at a time: an octave holds
    // 512 buckets, and one with this many distinct ones is kept in an array of them (4 KB).
    private const int WideDenseThreshold = 64;
    private const int WideBucketsPerOctave = 1 << (SignificantBits - 1);

    // Every bucket while the shape has few distinct durations; only the wide ones (1,024 ms and more) once it is dense.
    private readonly Dictionary<long, long> buckets = [];
    private long[]? dense;
    private int denseBuckets;
    private int sparseExactBuckets;

    // Per octave of the wide buckets: how many distinct ones the dictionary holds, and the array once it is dense.
    private int[]? sparseWideBuckets;
    private long[]?[]? denseWide;

    // The buckets in value order with the count of durations up to each, for percentiles; rebuilt after a change.
    private (long Key, long Through)[]? ranks;

    public long Count { get; private set; }

    public double Sum { get; private set; }

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public double Mean => Count == 0 ? 0 : Sum / Count;

    /// <summary>How many distinct buckets are held (the memory this histogram uses, in entries).</summary>
    public int BucketCount => denseBuckets + buckets.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(double millis)
    {
        var value = millis < 0 || double.IsNaN(millis) ? 0 : millis;
        Count++;
        Sum += value;
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
        var key = Bucket((long)Math.Round(value));
        ranks = null;
        if (key < ExactLimit && dense is not null)
        {
            denseBuckets += dense[key] == 0 ? 1 : 0;
            dense[key]++;
            return;
        }

        var octave = key < ExactLimit ? -1 : Octave(key);
        if (octave >= 0 && denseWide?[octave] is { } wide)
        {
            var slot = Slot(key, octave);
            denseBuckets += wide[slot] == 0 ? 1 : 0;
            wide[slot]++;
            return;
        }

        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(buckets, key, out var exists);
        count++;
        if (!exists)
        {
            if (key < ExactLimit)
            {
                if (++sparseExactBuckets >= DenseThreshold)
                {
                    MakeDense();
                }
            }
            else if (++(sparseWideBuckets ??= new int[64])[octave] >= WideDenseThreshold)
            {
                MakeWideDense(octave);
            }
        }
    }

    /// <summary>The <paramref name="percent"/>-th percentile (0–100), linear between the two nearest ranks.</summary>
    public double Percentile(double percent)
    {
        if (Count == 0)
        {
            return 0;
        }

        var rank = (Count - 1) * Math.Clamp(percent, 0, 100) / 100.0;
        var lowerRank = (long)Math.Floor(rank);
        var upperRank = (long)Math.Ceiling(rank);
        var lower = ValueAt(lowerRank);
        var upper = upperRank == lowerRank ? lower : ValueAt(upperRank);
        var value = lower + ((rank - lowerRank) * (upper - lower));
        return Math.Clamp(value, Min, Max);
    }

    /// <summary>The bucket a whole-millisecond value falls in: itself below 1,024, else its ten leading bits.</summary>
    public static long Bucket(long value)
    {
        if (value < ExactLimit)
        {
            return value;
        }

        var shift = BitOperations.Log2((ulong)value) - (SignificantBits - 1);
        return (value >> shift) << shift;
    }

    private void MakeDense()
    {
        dense = new long[ExactLimit];
        foreach (var key in buckets.Keys.Where(key => key < ExactLimit).ToArray())
        {
            dense[key] = buckets[key];
            buckets.Remove(key);
            denseBuckets++;
        }
    }

    // Octave 0 is 1,024–2,047 ms; within an octave a bucket's key keeps ten leading bits, so nine pick the slot.
    private static int Octave(long key) => BitOperations.Log2((ulong)key) - SignificantBits;

    private static int Slot(long key, int octave) => (int)(key >> (octave + 1)) & (WideBucketsPerOctave - 1);

    private static long KeyOf(int octave, int slot) => (long)(WideBucketsPerOctave + slot) << (octave + 1);

    private void MakeWideDense(int octave)
    {
        var wide = new long[WideBucketsPerOctave];
        foreach (var key in buckets.Keys.Where(key => key >= ExactLimit && Octave(key) == octave).ToArray())
        {
            wide[Slot(key, octave)] = buckets[key];
            buckets.Remove(key);
            denseBuckets++;
        }

        (denseWide ??= new long[]?[64])[octave] = wide;
    }

    private double ValueAt(long rank)
    {
        ranks ??= Ranks();
        var low = 0;
        var high = ranks.Length - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (ranks[middle].Through > rank)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return ranks.Length > 0 && ranks[low].Through > rank ? Representative(ranks[low].Key) : Max;
    }

    // The dense exact buckets (when there are) come first: every key left in the dictionary is then a wide one.
    private (long Key, long Through)[] Ranks()
    {
        var ranked = new (long Key, long Through)[BucketCount];
        var next = 0;
        var through = 0L;
        for (var value = 0; dense is not null && value < dense.Length; value++)
        {
            if (dense[value] > 0)
            {
                ranked[next++] = (value, through += dense[value]);
            }
        }

        // Every key left in the dictionary is a wide one, as are the dense octaves': merged in value order.
        var wide = buckets.Select(pair => (pair.Key, pair.Value)).ToList();
        for (var octave = 0; denseWide is not null && octave < denseWide.Length; octave++)
        {
            var counts = denseWide[octave];
            for (var slot = 0; counts is not null && slot < counts.Length; slot++)
            {
                if (counts[slot] > 0)
                {
                    wide.Add((KeyOf(octave, slot), counts[slot]));
                }
            }
        }

        wide.Sort((a, b) => a.Key.CompareTo(b.Key));
        foreach (var (key, count) in wide)
        {
            ranked[next++] = (key, through += count);
        }

        return ranked;
    }

    // The middle of a wide bucket halves the worst error of reporting its lower bound.
    private static double Representative(long key)
    {
        if (key < ExactLimit)
        {
            return key;
        }

        var width = 1L << (BitOperations.Log2((ulong)key) - (SignificantBits - 1));
        return key + ((width - 1) / 2.0);
    }
}
