using System.Text;
using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Tests.Logs;

/// <summary>The fast reader of mongod's timestamps agrees with the general parser, and leaves every other form to it.</summary>
public sealed class TimestampsTests
{
    [Theory]
    [InlineData("2024-03-18T10:00:00.123-04:00")]
    [InlineData("2024-03-18T10:00:00.123+05:30")]
    [InlineData("2024-03-18T10:00:00.123-0400")]
    [InlineData("2024-02-29T23:59:59.999Z")]
    [InlineData("0001-01-01T00:00:00.000Z")]
    public void Mongod_timestamps_read_fast_equal_the_general_parse(string text)
    {
        Assert.True(Timestamps.TryParseMongod(Encoding.UTF8.GetBytes(text), out var fast));
        Assert.Equal(Timestamps.ParseIso(text), fast);
        Assert.Equal(Timestamps.ParseIso(text)!.Value.Offset, fast.Offset);
    }

    [Theory]
    [InlineData("2024-03-18T10:00:00-04:00")]
    [InlineData("2024-03-18T10:00:00.1234567Z")]
    [InlineData("2023-02-29T10:00:00.000Z")]
    [InlineData("2024-13-01T10:00:00.000Z")]
    [InlineData("2024-03-18T24:00:00.000Z")]
    [InlineData("2024-03-18T10:00:00.000+15:00")]
    [InlineData("0001-01-01T00:00:00.000+01:00")]
    [InlineData("2024-03-18 10:00:00.000Z")]
    public void Other_forms_are_left_to_the_general_parser(string text)
    {
        Assert.False(Timestamps.TryParseMongod(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void A_run_of_timestamps_reads_as_each_one_alone_whatever_came_before()
    {
        // Each thread remembers the second it read last: neighbours that share it, or all but their offset, or nothing.
        string[] texts =
        [
            "2024-03-18T10:00:00.123-04:00", "2024-03-18T10:00:00.999-04:00", "2024-03-18T10:00:00.000-04:00",
            "2024-03-18T10:00:00.000-0400", "2024-03-18T10:00:00.500Z", "2024-03-18T10:00:00.500+05:30",
            "2024-03-18T10:00:01.001+05:30", "2023-02-28T10:00:01.001+05:30", "2023-02-29T10:00:01.001+05:30",
            "2024-03-18T10:00:01.001+05:30", "2024-03-18T10:00:01.00x+05:30", "2024-03-18T10:00:01.002+15:00",
            "9999-12-31T23:59:59.999-01:00", "9999-12-31T23:59:59.999+01:00", "9999-12-31T23:59:59.000+01:00",
            "0001-01-01T00:00:00.000+01:00", "0001-01-01T00:00:00.000-01:00", "0001-01-01T00:00:00.000-01:00",
        ];

        foreach (var text in texts.Concat(texts.Reverse()))
        {
            var fast = Timestamps.TryParseMongod(Encoding.UTF8.GetBytes(text), out var value);

            Assert.Equal(Alone(text), (fast, value, value.Offset));
            if (fast)
            {
                Assert.Equal(Timestamps.ParseIso(text), value);
            }
        }
    }

    // Read on a thread of its own, which has read nothing before.
    private static (bool Read, DateTimeOffset Value, TimeSpan Offset) Alone(string text)
    {
        (bool, DateTimeOffset, TimeSpan) result = default;
        var thread = new Thread(() =>
        {
            var read = Timestamps.TryParseMongod(Encoding.UTF8.GetBytes(text), out var value);
            result = (read, value, value.Offset);
        });
        thread.Start();
        thread.Join();
        return result;
    }
}
