using Nestor.Mongo.Digest;

namespace Nestor.Mongo.Tests.Digest;

public sealed class DurationHistogramTests
{
    [Fact]
    public void Small_durations_give_exact_numpy_style_percentiles()
    {
        var histogram = Histogram(15, 20, 35, 40, 50);

        Assert.Equal(35, histogram.Percentile(50));
        Assert.Equal(48, histogram.Percentile(95), 9);
        Assert.Equal(23, histogram.Percentile(30), 9);
        Assert.Equal(15, histogram.Min);
        Assert.Equal(50, histogram.Max);
        Assert.Equal(160, histogram.Sum);
        Assert.Equal(32, histogram.Mean);
    }

    [Fact]
    public void Repeated_values_share_a_bucket_and_the_percentile_interpolates_between_ranks()
    {
        var histogram = Histogram(1, 1, 1, 1, 1, 1, 1, 1, 1, 101);

        Assert.Equal(2, histogram.BucketCount);
        Assert.Equal(1, histogram.Percentile(50));
        Assert.Equal(56, histogram.Percentile(95), 6);
        Assert.Equal(101, histogram.Percentile(100));
    }

    [Fact]
    public void Large_durations_are_within_a_thousandth_of_the_exact_percentile()
    {
        var values = Enumerable.Range(0, 5000).Select(i => 1000.0 + (i * 37 % 90_000)).ToArray();
        var histogram = Histogram(values);
        var sorted = values.Order().ToArray();

        foreach (var percent in new[] { 50.0, 90.0, 95.0, 99.0 })
        {
            var rank = (sorted.Length - 1) * percent / 100;
            var exact = sorted[(int)Math.Floor(rank)] + ((rank - Math.Floor(rank)) * (sorted[(int)Math.Ceiling(rank)] - sorted[(int)Math.Floor(rank)]));
            Assert.InRange(histogram.Percentile(percent), exact * 0.999, exact * 1.001);
        }
    }

    [Fact]
    public void Memory_is_bounded_by_buckets_not_by_operations()
    {
        var histogram = new DurationHistogram();
        for (var value = 0; value < 1 << 20; value++)
        {
            histogram.Add(value);
        }

        // 1,024 exact values, then 512 buckets for each power of two up to 2^20.
        Assert.Equal(1024 + (10 * 512), histogram.BucketCount);
        Assert.Equal(1 << 20, histogram.Count);
    }

    [Fact]
    public void Percentiles_are_right_across_crowded_and_nearly_empty_octaves()
    {
        // 1,024–2,047 ms gets 300 distinct buckets; 8,192–16,383 ms only three, each alone in its chunk.
        var values = Enumerable.Range(0, 300).Select(i => 1024.0 + (2 * i))
            .Concat([9000, 12_000, 16_000])
            .Concat(Enumerable.Range(0, 50).Select(i => 100.0 + i))
            .ToArray();
        var histogram = Histogram(values);
        var sorted = values.Order().ToArray();

        Assert.Equal(300 + 3 + 50, histogram.BucketCount);
        for (var percent = 0.0; percent <= 100; percent += 2.5)
        {
            var rank = (sorted.Length - 1) * percent / 100;
            var exact = sorted[(int)Math.Floor(rank)] + ((rank - Math.Floor(rank)) * (sorted[(int)Math.Ceiling(rank)] - sorted[(int)Math.Floor(rank)]));
            Assert.InRange(histogram.Percentile(percent), exact * 0.999, exact * 1.001);
        }
    }

    [Fact]
    public void Durations_far_beyond_any_real_one_land_in_the_last_octave_and_keep_their_order()
    {
        var histogram = Histogram(5, 1e12, 1e300, 3_000);

        Assert.Equal(4, histogram.BucketCount);
        Assert.Equal(5, histogram.Percentile(0));
        Assert.InRange(histogram.Percentile(100.0 / 3), 3_000 * 0.999, 3_000 * 1.001);
        Assert.InRange(histogram.Percentile(200.0 / 3), 1e12 * 0.999, 1e12 * 1.001);
        Assert.Equal(1e300, histogram.Percentile(100));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1023, 1023)]
    [InlineData(1024, 1024)]
    [InlineData(1025, 1024)]
    [InlineData(2047, 2046)]
    [InlineData(300_010, 299_520)]
    public void Buckets_keep_ten_significant_bits_above_1024(long value, long bucket) =>
        Assert.Equal(bucket, DurationHistogram.Bucket(value));

    [Fact]
    public void The_lowest_and_highest_ranks_are_the_exact_minimum_and_maximum()
    {
        // Two slow inserts of a public 6.0 log: their p95 lies between them, and both are exact although bucketed.
        var histogram = new DurationHistogram();
        histogram.Add(1220);
        histogram.Add(2186);

        Assert.Equal(1220 + (0.95 * (2186 - 1220)), histogram.Percentile(95), 9);
        Assert.Equal(1220, histogram.Percentile(0));
        Assert.Equal(2186, histogram.Percentile(100));
    }

    [Fact]
    public void Reading_between_additions_sees_every_duration_added_so_far()
    {
        // Durations are counted in batches: a read after any number of additions, full batches or not, sees them all.
        // Below 1,024 ms every percentile is exact, so each read is checked against the sorted durations themselves.
        var values = Enumerable.Range(0, 200).Select(i => (double)(i * 7919 % 1000)).ToArray();
        var histogram = new DurationHistogram();
        for (var count = 1; count <= values.Length; count++)
        {
            histogram.Add(values[count - 1]);
            if (count % 3 != 0 && count is not (1 or 31 or 32 or 33 or 64 or 65))
            {
                continue;
            }

            var sorted = values[..count].Order().ToArray();
            foreach (var percent in new[] { 10.0, 50, 95, 99 })
            {
                var rank = (sorted.Length - 1) * percent / 100;
                var exact = sorted[(int)Math.Floor(rank)] + ((rank - Math.Floor(rank)) * (sorted[(int)Math.Ceiling(rank)] - sorted[(int)Math.Floor(rank)]));
                Assert.Equal(exact, histogram.Percentile(percent), 9);
            }

            Assert.Equal(sorted.Distinct().Count(), histogram.BucketCount);
        }
    }

    [Fact]
    public void An_empty_histogram_reports_zeros()
    {
        var histogram = new DurationHistogram();

        Assert.Equal(0, histogram.Percentile(95));
        Assert.Equal(0, histogram.Mean);
        Assert.Equal(0, histogram.Count);
    }

    private static DurationHistogram Histogram(params double[] values)
    {
        var histogram = new DurationHistogram();
        foreach (var value in values)
        {
            histogram.Add(value);
        }

        return histogram;
    }
}
