using System.Globalization;
using System.Text;
using System.Text.Json;
using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Tests.Logs;

/// <summary>
/// <see cref="LogJsonReader"/> against <see cref="Utf8JsonReader"/>, token by token: the same types, offsets, values,
/// decodings and the same token where each throws, on hand-written edge cases and on thousands of mutated log lines.
/// <see cref="LogJsonReader.Skip"/> walks a container without reading its tokens; wherever a walk skips, it is also
/// compared with the same reader stepping over the container through <see cref="LogJsonReader.Read"/>, error messages
/// included.
/// </summary>
public sealed class LogJsonReaderTests
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 512 };

    public static TheoryData<string> EdgeCases => new(
        "",
        "   ",
        "{}",
        "[]",
        "{\"a\":1}",
        "{\"a\" 1}",
        "{\"a\":1,}",
        "[1,]",
        "[1,,2]",
        "{,}",
        "{\"a\":1 \"b\":2}",
        "{\"a\":1}x",
        "{\"a\":1}  ",
        "{\"a\":1} {}",
        "1",
        "1 ",
        "-",
        "-0",
        "01",
        "1.",
        "1.5e",
        "1.5e+",
        "1.5E-3",
        "[1a]",
        "[1/]",
        "{\"a\":1",
        "[1",
        "{\"a\":true",
        "[truex]",
        "[tru]",
        "[nul",
        "[false, null, true]",
        "{\"a\":\"b\\\"c\"}",
        "{\"a\":\"\\u00e9\\n\\t\\/\"}",
        "{\"a\":\"\\ud800\"}",
        "{\"a\":\"\\ud83d\\ude00\"}",
        "{\"a\":\"\\udc00x\"}",
        "{\"a\":\"\\u12\"}",
        "{\"a\":\"\\x\"}",
        "{\"a\":\"tab\there\"}",
        "{\"a\":\"\u007f\"}",
        "{\"\\u0061\":1}",
        "{\"a\":\"b\"",
        "{\"a\":\"b",
        "{\"a\"",
        "{\"a\":",
        "{\"a\":}",
        "[\"a\":1]",
        "{\"a\":1]",
        "[1}",
        "\u000b{}",
        "{}\u0000",
        "/*c*/{}",
        "{\"n\":123456789012345678901234567890}",
        "{\"n\":1e400}",
        "{\"n\":-1.5e3}",
        "{\"n\":9223372036854775807}",
        "{\"n\":9223372036854775808}",
        "[999999999999999999,-999999999999999999,1000000000000000000,-1000000000000000000]",
        "[-9223372036854775808,-9223372036854775809,0.0,-0.0,10e0,100E-2,1.0e2]");

    // Inputs for Skip: containers nested, empty, with white space, escapes and numbers at their ends, malformed or
    // truncated at every kind of token inside.
    public static TheoryData<string> SkipCases => new(
        """{"a":{"b":[1,{"c":2}],"d":{}},"e":[[],[[]]],"f":3}""",
        """[[1],[1.5],[-0],[2e3],{"a":0},{"a":-1.5E+3},[true],[false],[null],["x"],[{}],[[]]]""",
        """{ "a" : { "b" : [ 1 , 2 ] , "c" : "d" } , "e" : [ ] }""",
        "{\n\t\"a\":\r\n[\n1\t,\r{\"b\" :\nnull }\n]\n}",
        """{"a":{"b\"c":"d\\\"e","\u0041":"\ud800","f":"\ud83d\ude00\n\t\/"},"g":1}""",
        """{"a":{"b":1,}}""",
        """{"a":[[1,]]}""",
        """{"a":[1,,2]}""",
        """{"a":{,}}""",
        """[[,]]""",
        """[[1 2]]""",
        """{"a":{"b":1 "c":2}}""",
        """{"a":[1}}""",
        """[{"a":1]]""",
        """[[}]""",
        """[{]]""",
        """{"a":{"b"}}""",
        """{"a":{"b":}}""",
        """{"a":{"b" 1}}""",
        """{"a":{1:2}}""",
        """{"a":{'b':2}}""",
        """{"a":["b":1]}""",
        """{"a":{"b":{"c":1}"d":2}}""",
        """{"a":[[01]]}""",
        """{"a":[[1.]]}""",
        """{"a":[[1e]]}""",
        """{"a":[[1e+]]}""",
        """{"a":[[-]]}""",
        """{"a":[[-a]]}""",
        """{"a":[[1a]]}""",
        """{"a":[[1/]]}""",
        """{"a":{"b":1/}}""",
        """{"a":[[1/2]]}""",
        """{"a":[1],"b":2/}""",
        """{"a":[[truex]]}""",
        """{"a":[[tru]]}""",
        """{"a":[[nul]]}""",
        """{"a":[[fals]]}""",
        """{"a":[[True]]}""",
        """{"a":["\x"]}""",
        """{"a":["\u12g4"]}""",
        """{"a":["tab\there"]}""",
        "{\"a\":[\"\u0001\"]}",
        "{\"a\":{\"b\u0001\":1}}",
        """{"a":{"b":1}}x""",
        """{"a":{"b":1}} {}""",
        """{"a":{"b":1}}""",
        """[{"a":{"b":1}}]""",
        """{"a":[1""",
        """{"a":[1,""",
        """{"a":[1 """,
        """{"a":{"b":1""",
        """{"a":{"b":-""",
        """{"a":{"b":1.5e""",
        """{"a":{"b":tr""",
        """{"a":{"b":true""",
        """{"a":{"b":"c""",
        """{"a":{"b":"c\""",
        """{"a":{"b":"\u12""",
        """{"a":{"b""",
        """{"a":{"b" """,
        """{"a":{"b":""",
        """{"a":{""",
        """{"a":[""",
        """{"a":[[""",
        """{"a":[[]""");

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Edge_cases_read_as_the_general_reader_reads_them(string text) =>
        AssertSameAsGeneralReader(Encoding.UTF8.GetBytes(text));

    [Theory]
    [MemberData(nameof(EdgeCases))]
    [MemberData(nameof(SkipCases))]
    public void Skip_at_every_token_reads_as_the_general_reader_and_as_reading_on(string text) =>
        AssertSameWithSkipAtEveryToken(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData(511, "[", "7", "]")]
    [InlineData(512, "[", "7", "]")]
    [InlineData(512, "[", "[]", "]")]
    [InlineData(513, "[", "7", "]")]
    [InlineData(512, "{\"a\":", "7", "}")]
    [InlineData(512, "{\"a\":", "{}", "}")]
    [InlineData(256, "[{\"a\\\"\":", "7", "}]")]
    [InlineData(256, "[{\"a\\\"\":", "[-1.5e3]", "}]")]
    public void Skip_near_and_over_the_depth_limit_reads_as_the_general_reader_and_as_reading_on(int pieces, string open, string inner, string close)
    {
        // Levels: one per piece ("[{..." two), one more if the innermost value is a container; a skip from the start
        // or from near the bottom.
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, pieces)) + inner + string.Concat(Enumerable.Repeat(close, pieces)));
        var tokens = TokenCount(bytes);
        foreach (var skipAt in new[] { 0, 1, 2, 3, (tokens / 2) - 1, tokens / 2, (tokens / 2) + 1, tokens - 4, tokens - 3, tokens - 2, tokens - 1 }.Distinct())
        {
            AssertSameAsGeneralReader(bytes, skipAt);
        }
    }

    [Fact]
    public void Skip_over_generated_documents_and_their_mutations_at_every_token()
    {
        var random = new Random(512);
        for (var round = 0; round < 300; round++)
        {
            var document = new StringBuilder();
            AppendValue(document, random, levels: random.Next(1, 7));
            var bytes = Encoding.UTF8.GetBytes(document.ToString());
            AssertSameWithSkipAtEveryToken(bytes);
            AssertSameWithSkipAtEveryToken(Mutated(bytes, random));
        }
    }

    [Theory]
    [InlineData("""{"a":{"b":1,}}""", 0, "A trailing comma is not allowed. At byte 12.")]
    [InlineData("""{"a":[[1,]]}""", 1, "A trailing comma is not allowed. At byte 9.")]
    [InlineData("""{"a":{"b":1]}""", 1, "Expected ',' or '}' after a property value. At byte 11.")]
    [InlineData("""{"a":{"b":1/}}""", 1, "Expected ',' or '}' after a property value. At byte 11.")]
    [InlineData("""{"a":{"b":1a}}""", 1, "Expected a delimiter after the number. At byte 11.")]
    [InlineData("""{"a":{"b" 1}}""", 1, "Expected ':' after a property name. At byte 10.")]
    [InlineData("""{"a":["\q"]}""", 2, "Not a valid escape in a string. At byte 8.")]
    [InlineData("""{"a":[{"b":[1""", 1, "The input ends inside an object or array. At byte 13.")]
    [InlineData("""{"a":[nul]}""", 1, "Expected the literal true, false or null. At byte 6.")]
    public void Skip_reports_the_error_where_reading_on_reports_it(string text, int skipAt, string message)
    {
        var reader = new LogJsonReader(Encoding.UTF8.GetBytes(text));
        for (var index = 0; index <= skipAt; index++)
        {
            reader.Read();
        }

        JsonException? error = null;
        try
        {
            reader.Skip();
        }
        catch (JsonException e)
        {
            error = e;
        }

        Assert.Equal(message, error?.Message);
    }

    [Fact]
    public void Depth_512_is_read_and_one_more_level_throws_where_the_general_reader_throws()
    {
        AssertSameAsGeneralReader(Encoding.UTF8.GetBytes(new string('[', 512) + new string(']', 512)));
        AssertSameAsGeneralReader(Encoding.UTF8.GetBytes(new string('[', 513) + new string(']', 513)));
        AssertSameAsGeneralReader(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 520))));
    }

    [Fact]
    public void Mutated_log_lines_read_as_the_general_reader_reads_them()
    {
        var random = new Random(51803);
        var lines = new[] { LogLines.ManualSlowAggregate, LogLines.Find("conn1", """{"status":"A","qty":{"$lt":30.5e-1}}""", 100), LogLines.UpdateStatement("conn2", 7), LogLines.ConnectionAccepted }
            .Select(Encoding.UTF8.GetBytes)
            .ToArray();
        for (var round = 0; round < 6000; round++)
        {
            AssertSameAsGeneralReader(Mutated(lines[round % lines.Length], random), skipAt: random.Next(40));
        }
    }

    [Fact]
    public void Skip_steps_over_a_property_and_its_value_or_a_whole_container()
    {
        var reader = new LogJsonReader("""{"a":{"b":[1,{"c":2}]},"d":3}"""u8);
        reader.Read();
        reader.Read();
        reader.Skip();
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        reader.Read();
        Assert.True(reader.ValueTextEquals("d"u8));
        reader.Read();
        reader.Skip();
        Assert.Equal(JsonTokenType.Number, reader.TokenType);
    }

    // One to three bytes replaced, removed or inserted, or the rest cut off.
    private static byte[] Mutated(byte[] original, Random random)
    {
        ReadOnlySpan<byte> interesting = "\"\\{}[],: 0-.eEtfnu/\u0001\u007f"u8;
        var bytes = original.ToList();
        for (var change = random.Next(1, 4); change > 0 && bytes.Count > 0; change--)
        {
            var at = random.Next(bytes.Count);
            var replacement = random.Next(4) == 0 ? (byte)random.Next(256) : interesting[random.Next(interesting.Length)];
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] = replacement;
                    break;
                case 1:
                    bytes.RemoveAt(at);
                    break;
                case 2:
                    bytes.Insert(at, replacement);
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return bytes.ToArray();
    }

    // A value of every kind, nested at most `levels` deep, with escapes, every number form and white space anywhere.
    private static void AppendValue(StringBuilder text, Random random, int levels)
    {
        string[] scalars = ["0", "-0", "7", "-12", "3.25", "-0.5e-3", "1E+9", "2e7", "9223372036854775808", "true", "false", "null", "\"\"", "\"text\"", "\"a\\\"b\\\\c\\/\"", "\"\\u00e9\\ud83d\\ude00\\n\"", "\"\\udc00\""];
        string[] names = ["\"a\"", "\"$date\"", "\"\"", "\"\\u0061\"", "\"q\\\"\""];
        string[] spaces = ["", "", "", " ", "\n", "\t ", "\r\n"];
        var kind = levels > 0 ? random.Next(4) : 3;
        if (kind == 3)
        {
            text.Append(scalars[random.Next(scalars.Length)]);
            return;
        }

        var isObject = kind != 0;
        text.Append(isObject ? '{' : '[');
        var count = random.Next(4);
        for (var item = 0; item < count; item++)
        {
            text.Append(item > 0 ? "," : "").Append(spaces[random.Next(spaces.Length)]);
            if (isObject)
            {
                text.Append(names[random.Next(names.Length)]).Append(spaces[random.Next(spaces.Length)]).Append(':').Append(spaces[random.Next(spaces.Length)]);
            }

            AppendValue(text, random, levels - 1);
            text.Append(spaces[random.Next(spaces.Length)]);
        }

        text.Append(isObject ? '}' : ']');
    }

    private static void AssertSameWithSkipAtEveryToken(byte[] bytes)
    {
        var tokens = TokenCount(bytes);
        for (var skipAt = 0; skipAt < tokens; skipAt++)
        {
            AssertSameAsGeneralReader(bytes, skipAt);
        }
    }

    // How many tokens the general reader reads before the end or an error.
    private static int TokenCount(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, isFinalBlock: true, new JsonReaderState(Options));
        var count = 0;
        try
        {
            while (reader.Read())
            {
                count++;
            }
        }
        catch (JsonException)
        {
        }

        return count;
    }

    // The same tokens as the general reader; with a skip, also the same tokens and errors as stepping over through Read.
    private static void AssertSameAsGeneralReader(byte[] bytes, int skipAt = -1)
    {
        Assert.Equal(Tokens(new General(bytes), skipAt, messages: false), Tokens(new Own(bytes), skipAt, messages: false));
        if (skipAt >= 0)
        {
            Assert.Equal(Tokens(new Own(bytes, skipByReading: true), skipAt, messages: true), Tokens(new Own(bytes), skipAt, messages: true));
        }
    }

    // Every token with what can be read of it, then "end" or "invalid" (with the message if asked); with Skip called
    // once at token skipAt.
    private static List<string> Tokens<TReader>(TReader reader, int skipAt, bool messages)
        where TReader : ITokenReader, allows ref struct
    {
        var tokens = new List<string>();
        try
        {
            for (var index = 0; reader.Read(); index++)
            {
                if (index == skipAt)
                {
                    reader.Skip();
                    tokens.Add("skip");
                }

                tokens.Add($"{reader.TokenType} {reader.TokenStartIndex}-{reader.BytesConsumed} depth {reader.CurrentDepth} {Convert.ToHexString(reader.ValueSpan)}{(reader.ValueIsEscaped ? " escaped" : "")}");
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    tokens.Add(Decoded(ref reader));
                }
                else if (reader.TokenType == JsonTokenType.Number)
                {
                    tokens.Add(Numbers(ref reader));
                }
            }

            tokens.Add("end");
        }
        catch (JsonException e)
        {
            tokens.Add(messages ? $"invalid: {e.Message}" : "invalid");
        }

        return tokens;
    }

    private static string Decoded<TReader>(ref TReader reader)
        where TReader : ITokenReader, allows ref struct
    {
        var buffer = new byte[reader.ValueSpan.Length];
        string copied;
        try
        {
            copied = Convert.ToHexString(buffer, 0, reader.CopyString(buffer));
        }
        catch (InvalidOperationException)
        {
            copied = "not text";
        }

        string equals;
        try
        {
            equals = $"{reader.ValueTextEquals("a"u8)} {reader.ValueTextEquals("truncated"u8)}";
        }
        catch (InvalidOperationException)
        {
            equals = "not comparable";
        }

        return $"{copied} equals {equals}";
    }

    private static string Numbers<TReader>(ref TReader reader)
        where TReader : ITokenReader, allows ref struct
    {
        string asDouble;
        try
        {
            asDouble = reader.GetDouble().ToString("R", CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            asDouble = "not a double";
        }

        var asLong = reader.TryGetInt64(out var integer) ? integer.ToString(CultureInfo.InvariantCulture) : "no";
        return $"long {asLong}, double {asDouble}";
    }

    // What the walk reads, so that one walk serves both readers (ref structs with no type in common).
    private interface ITokenReader
    {
        JsonTokenType TokenType { get; }

        long TokenStartIndex { get; }

        long BytesConsumed { get; }

        int CurrentDepth { get; }

        ReadOnlySpan<byte> ValueSpan { get; }

        bool ValueIsEscaped { get; }

        bool Read();

        void Skip();

        int CopyString(Span<byte> destination);

        bool ValueTextEquals(ReadOnlySpan<byte> text);

        bool TryGetInt64(out long value);

        double GetDouble();
    }

    private ref struct General(byte[] bytes) : ITokenReader
    {
        private Utf8JsonReader reader = new(bytes, isFinalBlock: true, new JsonReaderState(Options));

        public readonly JsonTokenType TokenType => reader.TokenType;

        public readonly long TokenStartIndex => reader.TokenStartIndex;

        public readonly long BytesConsumed => reader.BytesConsumed;

        public readonly int CurrentDepth => reader.CurrentDepth;

        public readonly ReadOnlySpan<byte> ValueSpan => reader.ValueSpan;

        public readonly bool ValueIsEscaped => reader.ValueIsEscaped;

        public bool Read() => reader.Read();

        public void Skip() => reader.Skip();

        public readonly int CopyString(Span<byte> destination) => reader.CopyString(destination);

        public readonly bool ValueTextEquals(ReadOnlySpan<byte> text) => reader.ValueTextEquals(text);

        public readonly bool TryGetInt64(out long value) => reader.TryGetInt64(out value);

        public readonly double GetDouble() => reader.GetDouble();
    }

    // With skipByReading, Skip is done as it was before the reader's own walk: Read to the end of the value (as the
    // general reader's Skip does), so that the walk can be compared with it.
    private ref struct Own(byte[] bytes, bool skipByReading = false) : ITokenReader
    {
        private LogJsonReader reader = new(bytes);

        public readonly JsonTokenType TokenType => reader.TokenType;

        public readonly long TokenStartIndex => reader.TokenStartIndex;

        public readonly long BytesConsumed => reader.BytesConsumed;

        public readonly int CurrentDepth => reader.CurrentDepth;

        public readonly ReadOnlySpan<byte> ValueSpan => reader.ValueSpan;

        public readonly bool ValueIsEscaped => reader.ValueIsEscaped;

        public bool Read() => reader.Read();

        public void Skip()
        {
            if (!skipByReading)
            {
                reader.Skip();
                return;
            }

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var outside = reader.CurrentDepth;
                do
                {
                    reader.Read();
                }
                while (reader.CurrentDepth > outside);
            }
        }

        public readonly int CopyString(Span<byte> destination) => reader.CopyString(destination);

        public readonly bool ValueTextEquals(ReadOnlySpan<byte> text) => reader.ValueTextEquals(text);

        public readonly bool TryGetInt64(out long value) => reader.TryGetInt64(out value);

        public readonly double GetDouble() => reader.GetDouble();
    }
}
