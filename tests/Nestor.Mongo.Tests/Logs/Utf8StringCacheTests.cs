using System.Text;
using System.Text.Json;
using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Tests.Logs;

/// <summary>The strings of a log line as the cache hands them out: the decoding of their bytes, repeated ones shared.</summary>
public sealed class Utf8StringCacheTests
{
    [Theory]
    [InlineData("\"conn42\"", "conn42")]
    [InlineData("\"sh\\u006fp.orders\"", "shop.orders")]
    [InlineData("\"a\\\"b\\\\c\"", "a\"b\\c")]
    [InlineData("\"caf\u00e9 \u65e5\u672c\"", "caf\u00e9 \u65e5\u672c")]
    [InlineData("\"\\ud800x\"", "\\ud800x")]
    public void A_string_token_is_its_unescaped_text(string json, string expected)
    {
        Assert.Equal(expected, Cached(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(expected, Cached(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Invalid_utf8_becomes_the_replacement_character_and_never_throws()
    {
        byte[] json = [(byte)'"', (byte)'a', 0xC3, (byte)'b', 0xFF, (byte)'"'];

        Assert.Equal("a\uFFFDb\uFFFD", Cached(json));
        Assert.Equal("a\uFFFDb\uFFFD", Cached(json));
    }

    [Fact]
    public void Equal_text_written_escaped_or_not_is_one_string_instance()
    {
        var plain = Cached("\"shop.orders\""u8.ToArray());
        var escaped = Cached("\"shop\\u002eorders\""u8.ToArray());

        Assert.Same(plain, escaped);
        Assert.NotSame(plain, Cached("\"shop.orderz\""u8.ToArray()));
    }

    [Fact]
    public void Strings_longer_than_the_cached_length_are_decoded_whole()
    {
        var text = new string('x', 300) + "\u00e9";

        Assert.Equal(text, Cached(Encoding.UTF8.GetBytes("\"" + text + "\"")));
    }

    private static string Cached(byte[] json)
    {
        var reader = new LogJsonReader(json);
        reader.Read();
        return Utf8StringCache.GetString(ref reader);
    }
}
