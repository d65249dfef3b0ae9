using System.Text;
using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Tests.Logs;

/// <summary>The table behind the string cache: one string per distinct run of UTF-8 bytes, its decoding, bounded.</summary>
public sealed class Utf8StringTableTests
{
    [Theory]
    [InlineData("conn250")]
    [InlineData("")]
    [InlineData("shop.orders")]
    [InlineData("caf\u00e9 \u65e5\u672c \U0001F600")]
    [InlineData("IXSCAN { customerId: 1, createdAt: -1 }")]
    public void Equal_bytes_give_one_instance_of_their_decoding(string text)
    {
        var table = new Utf8StringTable(16);

        var first = table.GetOrAdd(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, first);
        Assert.Same(first, table.GetOrAdd(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(1, table.Count);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { (byte)'a', 0xC3 })]
    [InlineData(new byte[] { 0xE6, 0x97, (byte)'x' })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    public void Invalid_utf8_decodes_as_the_framework_decodes_it(byte[] utf8)
    {
        var table = new Utf8StringTable(16);

        var first = table.GetOrAdd(utf8);

        Assert.Equal(Encoding.UTF8.GetString(utf8), first);
        Assert.Contains('\uFFFD', first);
        Assert.Same(first, table.GetOrAdd(utf8));
    }

    [Fact]
    public void Keys_that_start_in_the_same_slot_stay_apart_and_are_found_again()
    {
        // Eight slots: the keys all start in the last one, so their probes also wrap around to the first.
        const int Capacity = 8;
        var keys = KeysStartingInSlot(Capacity - 1, Capacity, count: Capacity / 2);
        var table = new Utf8StringTable(Capacity);

        var texts = keys.Select(key => table.GetOrAdd(key)).ToArray();

        Assert.Equal(keys.Select(key => Encoding.UTF8.GetString(key)), texts);
        Assert.Equal(keys.Length, table.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Same(texts[i], table.GetOrAdd(keys[i]));
        }
    }

    [Fact]
    public void Keys_with_equal_hashes_stay_apart()
    {
        var (one, other) = KeysWithEqualHashes();
        var table = new Utf8StringTable(16);

        var first = table.GetOrAdd(one);
        var second = table.GetOrAdd(other);

        Assert.Equal(Encoding.UTF8.GetString(one), first);
        Assert.Equal(Encoding.UTF8.GetString(other), second);
        Assert.Same(first, table.GetOrAdd(one));
        Assert.Same(second, table.GetOrAdd(other));
    }

    [Fact]
    public void A_full_table_starts_afresh_and_keeps_working()
    {
        var table = new Utf8StringTable(8);
        var early = table.GetOrAdd("conn1"u8);
        table.GetOrAdd("conn2"u8);
        table.GetOrAdd("conn3"u8);
        table.GetOrAdd("conn4"u8);
        Assert.Equal(4, table.Count);
        Assert.Same(early, table.GetOrAdd("conn1"u8));

        var fifth = table.GetOrAdd("conn5"u8);

        Assert.Equal(1, table.Count);
        Assert.Same(fifth, table.GetOrAdd("conn5"u8));
        var again = table.GetOrAdd("conn1"u8);
        Assert.Equal("conn1", again);
        Assert.NotSame(early, again);
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void Any_mix_of_keys_is_decoded_and_found_again_until_the_table_starts_afresh()
    {
        // Short random keys, invalid UTF-8 among them, through a small table that fills and clears many times.
        var random = new Random(20240611);
        var pool = Enumerable.Range(0, 40).Select(_ => RandomBytes(random)).ToArray();
        var table = new Utf8StringTable(32);
        var seen = new Dictionary<string, string>();

        for (var i = 0; i < 5_000; i++)
        {
            var key = pool[random.Next(pool.Length)];
            var countBefore = table.Count;
            var text = table.GetOrAdd(key);

            Assert.Equal(Encoding.UTF8.GetString(key), text);
            Assert.InRange(table.Count, 1, 16);
            var hex = Convert.ToHexString(key);
            if (table.Count < countBefore)
            {
                // Started afresh: only a new key, and only when half the slots were filled.
                Assert.Equal(16, countBefore);
                Assert.DoesNotContain(hex, seen.Keys);
                seen.Clear();
            }
            else if (seen.TryGetValue(hex, out var earlier))
            {
                Assert.Same(earlier, text);
                Assert.Equal(countBefore, table.Count);
            }
            else
            {
                Assert.Equal(countBefore + 1, table.Count);
            }

            seen[hex] = text;
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(12)]
    public void The_capacity_is_a_power_of_two_of_at_least_two(int capacity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Utf8StringTable(capacity));
    }

    private static byte[][] KeysStartingInSlot(int slot, int capacity, int count) =>
        Enumerable.Range(0, int.MaxValue)
            .Select(i => Encoding.UTF8.GetBytes("key" + i))
            .Where(key => (ByteHash.Of(key) & (capacity - 1)) == slot)
            .Take(count)
            .ToArray();

    // Birthday search: among a few hundred thousand keys some two share all 32 bits of their hash.
    private static (byte[] One, byte[] Other) KeysWithEqualHashes()
    {
        var byHash = new Dictionary<int, byte[]>();
        for (var i = 0; ; i++)
        {
            var key = Encoding.UTF8.GetBytes("ns" + i);
            if (byHash.TryGetValue(ByteHash.Of(key), out var earlier))
            {
                return (earlier, key);
            }

            byHash.Add(ByteHash.Of(key), key);
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 20)];
        for (var i = 0; i < bytes.Length; i++)
        {
            // Mostly ASCII letters, now and then a byte of a multi-byte sequence or an invalid one.
            bytes[i] = random.Next(8) == 0 ? (byte)random.Next(0x80, 0x100) : (byte)random.Next('a', 'e');
        }

        return bytes;
    }
}
