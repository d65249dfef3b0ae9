using System.Globalization;
using System.Text;
using System.Text.Json;
using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Tests.Logs;

/// <summary>
/// <see cref="LogJsonReader"/> against <see cref="Utf8JsonReader"/>, token by token: the same types, offsets, values,
/// decodings and the same token where each throws, on hand-written edge cases and on thousands of mutated log lines.
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
        "{\"n\":9223372036854775808}");

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Edge_cases_read_as_the_general_reader_reads_them(string text) =>
        AssertSameAsGeneralReader(Encoding.UTF8.GetBytes(text));

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
        ReadOnlySpan<byte> interesting = "\"\\{}[],: 0-.eEtfnu/\u0001\u007f"u8;
        for (var round = 0; round < 6000; round++)
        {
            var bytes = lines[round % lines.Length].ToList();
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

            AssertSameAsGeneralReader(bytes.ToArray(), skipAt: random.Next(40));
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

    private static void AssertSameAsGeneralReader(byte[] bytes, int skipAt = -1) =>
        Assert.Equal(Tokens(new General(bytes), skipAt), Tokens(new Own(bytes), skipAt));

    // Every token with what can be read of it, then "end" or "invalid"; with Skip called once at token skipAt.
    private static List<string> Tokens<TReader>(TReader reader, int skipAt)
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
        catch (JsonException)
        {
            tokens.Add("invalid");
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

    private ref struct Own(byte[] bytes) : ITokenReader
    {
        private LogJsonReader reader = new(bytes);

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
}
