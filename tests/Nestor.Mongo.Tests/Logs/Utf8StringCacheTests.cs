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
    [InlineData("\"\"", "")]
    public void A_string_token_is_its_unescaped_text_and_repeated_is_the_same_instance(string json, string expected)
    {
        var first = Cached(Encoding.UTF8.GetBytes(json));

        Assert.Equal(expected, first);
        Assert.Same(first, Cached(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Invalid_utf8_becomes_the_replacement_character_and_never_throws()
    {
        byte[] json = [(byte)'"', (byte)'a', 0xC3, (byte)'b', 0xFF, (byte)'"'];

        var first = Cached(json);

        Assert.Equal("a\uFFFDb\uFFFD", first);
        Assert.Same(first, Cached(json));
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
    public void An_escape_kept_as_written_is_the_string_of_those_bytes()
    {
        // "\\ud800" unescapes to the six bytes a lone surrogate's escape is kept as: equal bytes, one string.
        var kept = Cached("\"\\ud800\""u8.ToArray());
        var unescaped = Cached("\"\\\\ud800\""u8.ToArray());

        Assert.Equal("\\ud800", kept);
        Assert.Same(kept, unescaped);
    }

    [Fact]
    public void Strings_longer_than_the_cached_length_are_decoded_whole()
    {
        var text = new string('x', 300) + "\u00e9";

        Assert.Equal(text, Cached(Json(text)));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("\\u0078", "x")]
    public void Strings_of_the_cached_length_as_written_are_shared_and_longer_ones_are_not(string writtenEnd, string textEnd)
    {
        // The limit counts the bytes as written (an escape counts six, though it unescapes to one), 128 of them here.
        var atLimit = new string('a', 128 - writtenEnd.Length) + writtenEnd;

        var shared = Cached(Json(atLimit));
        var decoded = Cached(Json("a" + atLimit));

        Assert.Equal(new string('a', 128 - writtenEnd.Length) + textEnd, shared);
        Assert.Same(shared, Cached(Json(atLimit)));
        Assert.Equal("a" + shared, decoded);
        Assert.NotSame(decoded, Cached(Json("a" + atLimit)));
    }

    [Fact]
    public void Beyond_its_bound_the_cache_starts_afresh_and_keeps_working()
    {
        var early = Cached("\"bound.early\""u8.ToArray());
        Assert.Same(early, Cached("\"bound.early\""u8.ToArray()));

        // More new strings than the cache holds: it must have started afresh at least once since the early one.
        for (var i = 0; i <= 8192; i++)
        {
            Cached(Json("bound." + i));
        }

        var again = Cached("\"bound.early\""u8.ToArray());
        Assert.Equal("bound.early", again);
        Assert.NotSame(early, again);
        Assert.Same(again, Cached("\"bound.early\""u8.ToArray()));
    }

    private static byte[] Json(string written) => Encoding.UTF8.GetBytes("\"" + written + "\"");

    private static string Cached(byte[] json)
    {
        var reader = new LogJsonReader(json);
        reader.Read();
        return Utf8StringCache.GetString(ref reader);
    }
}
