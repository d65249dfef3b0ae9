using System.Numerics;
using System.Runtime.CompilerServices;

namespace Nestor.Mongo.Digest;

/// <summary>
/// Durations of one shape, in memory bounded by the number of distinct buckets rather than by the number of operations.
/// Durations are whole milliseconds (as every source writes them). Below 1,024 ms each value is its own bucket, so
/// percentiles are exact; above, a value keeps its ten most significant bits (log-linear buckets, as in HdrHistogram),
/// so a percentile is off by at most 1/1,024 (0.1 %). Count, sum, min and max are always exact.
/// Percentiles interpolate linearly between order statistics (numpy's default, as mloginfo reports them).
/// </summary>
/// <remarks>
/// Every bucket has a fixed index, in value order: the exact ones first, then 512 per octave (1,024–2,047 ms,
/// 2,048–4,095 ms, ...). Counts live in chunks of <see cref="ChunkSize"/> neighbouring buckets, allocated when one of
/// them is first used: counting a duration is two array reads and an increment, with no hashing. A digest holds
/// thousands of shapes that each see a few hundred operations, so this path runs on every line, and the chunks of all
/// shapes together are megabytes: a count lands in memory the processor has rarely kept close. So a duration's bucket
/// is first noted in a short batch held in the histogram itself, and a full batch is counted at once, where the
/// processor waits for the chunks of many buckets together rather than for one after another.
/// </remarks>
public sealed class DurationHistogram
{
    private const int ExactLimit = 1024;
    private const int SignificantBits = 10;
    private const int WideBucketsPerOctave = 1 << (SignificantBits - 1);
    private const int ChunkShift = 6;
    private const int ChunkSize = 1 << ChunkShift;
    private const int BatchSize = 32;

    // Chunks of counts by bucket index; the directory grows to the highest chunk used.
    private long[]?[] chunks = new long[]?[ExactLimit / ChunkSize];

    // Bucket indexes of durations added but not yet counted in their chunks.
    private Batch batch;
    private int batched;

    // The buckets in value order with the count of durations up to each, for percentiles; rebuilt after a change.
    private (long Key, long Through)[]? ranks;

    private int bucketCount;

    public long Count { get; private set; }

    public double Sum { get; private set; }

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public double Mean => Count == 0 ? 0 : Sum / Count;

    /// <summary>How many distinct buckets are held (the memory this histogram uses, in entries).</summary>
    public int BucketCount
    {
        get
        {
            CountBatch();
            return bucketCount;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(double millis)
    {
        var value = millis < 0 || double.IsNaN(millis) ? 0 : millis;
        Count++;
        Sum += value;
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
        ranks = null;
        batch[batched++] = IndexOf(Bucket((long)Math.Round(value)));
        if (batched == BatchSize)
        {
            CountBatch();
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

    // Exact buckets are their own index; a wide one's octave (0 for 1,024–2,047 ms) and nine leading bits after its first pick it.
    private static int IndexOf(long key)
    {
        if (key < ExactLimit)
        {
            return (int)key;
        }

        var octave = BitOperations.Log2((ulong)key) - SignificantBits;
        var slot = (int)(key >> (octave + 1)) & (WideBucketsPerOctave - 1);
        return ExactLimit + (octave * WideBucketsPerOctave) + slot;
    }

    private static long KeyOf(int index)
    {
        if (index < ExactLimit)
        {
            return index;
        }

        var octave = (index - ExactLimit) / WideBucketsPerOctave;
        var slot = (index - ExactLimit) % WideBucketsPerOctave;
        return (long)(WideBucketsPerOctave + slot) << (octave + 1);
    }

    // Counts the batched durations in their buckets.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountBatch()
    {
        for (var i = 0; i < batched; i++)
        {
            var index = batch[i];
            var chunk = index >> ChunkShift;
            if (chunk >= chunks.Length)
            {
                Array.Resize(ref chunks, chunk + 1);
            }

            // Read, not referenced: a reference into an array of arrays costs a type check on every call.
            var counts = chunks[chunk];
            if (counts is null)
            {
                counts = new long[ChunkSize];
                chunks[chunk] = counts;
            }

            ref var count = ref counts[index & (ChunkSize - 1)];
            bucketCount += count == 0 ? 1 : 0;
            count++;
        }

        batched = 0;
    }

    // The first and last order statistics are known exactly, whatever bucket they fell in.
    private double ValueAt(long rank)
    {
        if (rank == 0)
        {
            return Min;
        }

        if (rank == Count - 1)
        {
            return Max;
        }

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

    // Bucket indexes run in value order, so one pass over the chunks lists the buckets sorted. Run once per shape when a
    // digest is written: compiled optimised at once, as otherwise thousands of rows run it unoptimised.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (long Key, long Through)[] Ranks()
    {
        CountBatch();
        var ranked = new (long Key, long Through)[bucketCount];
        var next = 0;
        var through = 0L;
        for (var chunk = 0; chunk < chunks.Length; chunk++)
        {
            var counts = chunks[chunk];
            for (var offset = 0; counts is not null && offset < ChunkSize; offset++)
            {
                if (counts[offset] > 0)
                {
                    ranked[next++] = (KeyOf((chunk << ChunkShift) + offset), through += counts[offset]);
                }
            }
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

    [InlineArray(BatchSize)]
    private struct Batch
    {
        private int first;
    }
}
