using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Tests.Logs;

public sealed class ByteHashTests
{
    [Fact]
    public void Every_byte_of_a_key_counts()
    {
        // Lengths around the word size, so that every way of reading a tail (one to seven bytes) is covered.
        for (var length = 1; length <= 40; length++)
        {
            var key = Enumerable.Range(0, length).Select(i => (byte)('a' + (i % 26))).ToArray();
            var hash = ByteHash.Of(key);
            for (var i = 0; i < length; i++)
            {
                var changed = key.ToArray();
                changed[i] ^= 0x20;

                Assert.True(ByteHash.Of(changed) != hash, $"changing byte {i} of {length} left the hash as it was");
            }
        }
    }

    [Fact]
    public void The_length_counts()
    {
        Assert.NotEqual(ByteHash.Of([]), ByteHash.Of([0]));
        Assert.NotEqual(ByteHash.Of([0]), ByteHash.Of([0, 0]));
        Assert.NotEqual(ByteHash.Of(new byte[8]), ByteHash.Of(new byte[9]));
    }
}
