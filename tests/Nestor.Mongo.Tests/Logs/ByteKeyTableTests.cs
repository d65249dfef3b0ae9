using System.Text;
using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Tests.Logs;

/// <summary>The table behind the shape cache and the string cache: values by a key of bytes, bounded in slots and bytes.</summary>
public sealed class ByteKeyTableTests
{
    [Fact]
    public void A_value_is_found_by_equal_bytes_and_not_by_others()
    {
        var table = new ByteKeyTable<string>(16, 1024);
        table.Add("find shop.orders"u8, "one");
        table.Add("find shop.order"u8, "two");

        Assert.True(table.TryGet(Encoding.UTF8.GetBytes("find shop.orders"), out var one));
        Assert.Equal("one", one);
        Assert.True(table.TryGet("find shop.order"u8, out var two));
        Assert.Equal("two", two);
        Assert.False(table.TryGet("find shop.orderz"u8, out _));
        Assert.False(table.TryGet(""u8, out _));
    }

    [Fact]
    public void Adding_equal_bytes_again_replaces_the_value_without_a_second_entry()
    {
        var table = new ByteKeyTable<string>(16, 1024);
        table.Add("key"u8, "first");
        table.Add("key"u8, "second");

        Assert.Equal(1, table.Count);
        Assert.True(table.TryGet("key"u8, out var value));
        Assert.Equal("second", value);
    }

    [Fact]
    public void The_bytes_held_are_bounded_a_key_over_the_bound_is_never_held_and_a_full_table_starts_afresh()
    {
        var table = new ByteKeyTable<string>(64, 10);
        table.Add("abcd"u8, "1");
        table.Add("efgh"u8, "2");
        Assert.Equal(2, table.Count);

        table.Add("0123456789A"u8, "too long");
        Assert.False(table.TryGet("0123456789A"u8, out _));
        Assert.Equal(2, table.Count);

        table.Add("ijkl"u8, "3");
        Assert.Equal(1, table.Count);
        Assert.False(table.TryGet("abcd"u8, out _));
        Assert.True(table.TryGet("ijkl"u8, out var kept));
        Assert.Equal("3", kept);
    }

    // The slots start at 64 and double up to the capacity: the second and third cases grow several times, then fill
    // (the third starts afresh again and again), keys staying found across every growth.
    [Theory]
    [InlineData(32, 40, 5000)]
    [InlineData(1024, 500, 20_000)]
    [InlineData(1024, 700, 20_000)]
    public void Many_keys_against_a_model_stay_found_until_the_table_starts_afresh(int capacity, int distinctKeys, int steps)
    {
        var table = new ByteKeyTable<string>(capacity, 1 << 20);
        var model = new Dictionary<string, string>();
        var random = new Random(11);
        for (var step = 0; step < steps; step++)
        {
            var key = "k" + random.Next(distinctKeys);
            if (random.Next(3) == 0)
            {
                var countBefore = table.Count;
                var value = "v" + step;
                table.Add(Encoding.UTF8.GetBytes(key), value);
                if (table.Count <= countBefore && !model.ContainsKey(key))
                {
                    model.Clear();
                }

                model[key] = value;
            }

            var found = table.TryGet(Encoding.UTF8.GetBytes(key), out var held);
            Assert.Equal(model.TryGetValue(key, out var expected), found);
            Assert.Equal(expected, held);
            Assert.Equal(model.Count, table.Count);
        }
    }
}
