using System.Buffers.Text;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Nestor.Mongo.Logs;

/// <summary>
/// A forward-only reader of one JSON text held in one buffer: the part of <see cref="Utf8JsonReader"/> that the hot path
/// of the log readers uses, giving the same tokens, offsets and errors (a test compares the two token by token on
/// generated and mutated log lines). It exists for speed: a digest tokenises every byte of every slow query's line, and
/// this reader's string scan and token loop are compiled optimised from the first line rather than after the runtime's
/// warm-up, and do none of the general reader's bookkeeping (segments, comments, partial input, line positions).
/// </summary>
/// <remarks>
/// As <see cref="Utf8JsonReader"/> with its default options and a maximum depth of 512: strict JSON, no comments, no
/// trailing commas, UTF-8 not validated while reading, escapes validated, a lone surrogate escape accepted by
/// <see cref="Read"/> and refused by <see cref="CopyString"/>. Invalid input throws <see cref="JsonException"/> at the
/// token where the general reader throws.
/// </remarks>
internal ref struct LogJsonReader
{
    /// <summary>The deepest nesting read; one more opening bracket throws.</summary>
    public const int MaxDepth = 512;

    private readonly ReadOnlySpan<byte> buffer;
    private ContainerKinds containers;
    private int consumed;
    private int tokenStart;
    private int valueStart;
    private int valueLength;
    private int depth;
    private JsonTokenType tokenType;
    private bool valueIsEscaped;

    public LogJsonReader(ReadOnlySpan<byte> buffer)
    {
        this.buffer = buffer;
    }

    public readonly JsonTokenType TokenType => tokenType;

    /// <summary>The token's text: a string's or property name's without its quotes (and as escaped), a number's or literal's, or the bracket.</summary>
    public readonly ReadOnlySpan<byte> ValueSpan => buffer.Slice(valueStart, valueLength);

    public readonly long TokenStartIndex => tokenStart;

    public readonly long BytesConsumed => consumed;

    public readonly bool ValueIsEscaped => valueIsEscaped;

    /// <summary>The depth of the current token, as <see cref="Utf8JsonReader.CurrentDepth"/>: a container's brackets are at the depth outside it.</summary>
    public readonly int CurrentDepth => tokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? depth - 1 : depth;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        var i = SkipWhiteSpace(consumed);
        if (i >= buffer.Length)
        {
            if (tokenType == JsonTokenType.None || depth > 0)
            {
                throw Error(i, tokenType == JsonTokenType.None ? "The input does not contain any JSON tokens." : "The input ends inside an object or array.");
            }

            consumed = i;
            return false;
        }

        var next = buffer[i];
        switch (tokenType)
        {
            case JsonTokenType.None or JsonTokenType.PropertyName:
                ReadValue(i, next);
                return true;
            case JsonTokenType.StartObject:
                if (next == (byte)'}')
                {
                    EndContainer(i, JsonTokenType.EndObject);
                }
                else
                {
                    ReadPropertyName(i, next);
                }

                return true;
            case JsonTokenType.StartArray:
                if (next == (byte)']')
                {
                    EndContainer(i, JsonTokenType.EndArray);
                }
                else
                {
                    ReadValue(i, next);
                }

                return true;
            default:
                ReadAfterValue(i, next);
                return true;
        }
    }

    /// <summary>As <see cref="Utf8JsonReader.Skip"/>: from a property name to the end of its value; from an opening bracket to its closing one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Skip()
    {
        if (tokenType == JsonTokenType.PropertyName)
        {
            Read();
        }

        if (tokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            SkipToEndOfContainer();
        }
    }

    // Skip's walk from the opening bracket just read to its closing one. Stepping over the sub-documents a digest never
    // reads (locks, storage, lsid, $clusterTime...) was a tenth of its work when done through Read, which stores every
    // token's state in the reader's fields. This walk checks the same grammar with the same helpers, so it throws where
    // Read would, with the same message; but it keeps the position, the level and what may come next in locals (the
    // kinds of the containers it opens go where Read puts them), and writes the token once: the closing bracket, as
    // Read leaves it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipToEndOfContainer()
    {
        var level = depth;
        var inObject = tokenType == JsonTokenType.StartObject;
        var afterValue = false;
        var i = consumed;
        while (true)
        {
            // Just inside an opening bracket or just after a value: the container's end, or its next member or element
            // (after a comma if after a value).
            i = SkipWhiteSpace(i);
            if (i >= buffer.Length)
            {
                throw InputEndsInsideContainer(i);
            }

            var next = buffer[i];
            if (next == (inObject ? (byte)'}' : (byte)']'))
            {
                if (level == depth)
                {
                    EndContainer(i, inObject ? JsonTokenType.EndObject : JsonTokenType.EndArray);
                    return;
                }

                level--;
                inObject = containers.IsObject(level);
                afterValue = true;
                i++;
                continue;
            }

            if (afterValue)
            {
                i = NextItemAfterComma(i, next, inObject);
                next = buffer[i];
            }

            if (inObject)
            {
                i = SkipPropertyName(i, next);
                next = buffer[i];
            }

            if (next is (byte)'{' or (byte)'[')
            {
                if (level >= MaxDepth)
                {
                    throw TooDeep(i);
                }

                level++;
                inObject = next == (byte)'{';
                containers.Set(level, inObject);
                afterValue = false;
                i++;
                continue;
            }

            i = ScalarEnd(i, next);
            afterValue = true;
        }
    }

    // From a property name's opening quote: the index of its value, which the input must hold.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int SkipPropertyName(int start, byte first)
    {
        RequirePropertyNameQuote(start, first);
        var value = SkipWhiteSpace(AfterColon(StringEnd(start, out _)));
        return value < buffer.Length ? value : throw InputEndsInsideContainer(value);
    }

    // The index after the string, number or literal at start (inside a container).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int ScalarEnd(int start, byte first) =>
        first switch
        {
            (byte)'"' => StringEnd(start, out _),
            (byte)'t' => LiteralEnd(start, "true"u8),
            (byte)'f' => LiteralEnd(start, "false"u8),
            (byte)'n' => LiteralEnd(start, "null"u8),
            _ => IsNumberStart(first) ? NumberEnd(start) : throw NotAValue(start),
        };

    public readonly bool TryGetInt64(out long value)
    {
        RequireNumber();
        var span = ValueSpan;
        if (TrySmallInteger(span, out value))
        {
            return true;
        }

        if (Utf8Parser.TryParse(span, out value, out var used) && used == span.Length)
        {
            return true;
        }

        value = 0;
        return false;
    }

    // The numbers of a log are mostly short integers (counts, durations, ids): read in place when the token, already
    // checked against JSON's grammar, is at most 18 digits after an optional minus, which cannot overflow.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TrySmallInteger(ReadOnlySpan<byte> number, out long value)
    {
        value = 0;
        var negative = number[0] == (byte)'-';
        var digits = negative ? number[1..] : number;
        if (digits.Length > 18)
        {
            return false;
        }

        // Summed in a local: summed in the out parameter, every step would go through memory.
        var sum = 0L;
        foreach (var digit in digits)
        {
            var d = (uint)(digit - '0');
            if (d > 9)
            {
                return false;
            }

            sum = (sum * 10) + d;
        }

        value = negative ? -sum : sum;
        return true;
    }

    public readonly double GetDouble()
    {
        RequireNumber();
        var span = ValueSpan;
        if (Utf8Parser.TryParse(span, out double value, out var used) && used == span.Length)
        {
            return value;
        }

        throw new FormatException("The JSON number cannot be read as a double.");
    }

    /// <summary>
    /// Whether the string or property name, unescaped, is <paramref name="text"/>. As the general reader: an escaped value
    /// too long to unescape to it is not it, and one holding a lone surrogate escape throws
    /// <see cref="InvalidOperationException"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool ValueTextEquals(ReadOnlySpan<byte> text)
    {
        RequireText();
        return valueIsEscaped ? EscapedTextEquals(text) : ValueSpan.SequenceEqual(text);
    }

    /// <summary>As <see cref="ValueTextEquals(ReadOnlySpan{byte})"/>, for text given as a string.</summary>
    public readonly bool ValueTextEquals(string text) => ValueTextEquals(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// The string or property name unescaped into <paramref name="destination"/>, which must hold
    /// <see cref="ValueSpan"/>'s length (unescaping never lengthens); its length. Throws
    /// <see cref="InvalidOperationException"/> when the text is not valid UTF-8 or holds a lone surrogate escape.
    /// </summary>
    public readonly int CopyString(Span<byte> destination)
    {
        RequireText();
        if (destination.Length < valueLength)
        {
            throw new ArgumentException("The destination is shorter than the string as written.", nameof(destination));
        }

        var text = valueIsEscaped ? Unescape(destination) : ValueSpan;
        if (!Utf8.IsValid(text))
        {
            throw new InvalidOperationException("The JSON string is not valid UTF-8.");
        }

        text.CopyTo(destination);
        return text.Length;
    }

    private readonly bool EscapedTextEquals(ReadOnlySpan<byte> text)
    {
        // An escape is at most six bytes for one.
        if (text.Length < valueLength / 6)
        {
            return false;
        }

        var unescaped = valueLength <= 256 ? stackalloc byte[valueLength] : new byte[valueLength];
        return Unescape(unescaped).SequenceEqual(text);
    }

    private readonly ReadOnlySpan<byte> Unescape(Span<byte> destination) =>
        JsonUnescaper.TryUnescape(ValueSpan, destination, out var written)
            ? destination[..written]
            : throw new InvalidOperationException("The JSON string holds an escaped lone surrogate, which is not text.");

    private static JsonException Error(int position, string message) =>
        new($"{message} At byte {position}.", path: null, lineNumber: 0, bytePositionInLine: position);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly void RequireNumber()
    {
        if (tokenType != JsonTokenType.Number)
        {
            throw new InvalidOperationException($"Cannot read a number from a token of type {tokenType}.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly void RequireText()
    {
        if (tokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new InvalidOperationException($"Cannot read text from a token of type {tokenType}.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int SkipWhiteSpace(int i)
    {
        // Every byte of a token is above the space, so one comparison settles most calls.
        while (i < buffer.Length)
        {
            var b = buffer[i];
            if (b > (byte)' ' || (b != (byte)' ' && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t'))
            {
                break;
            }

            i++;
        }

        return i;
    }

    // After a value: a comma and the next member or element, or the container's end.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadAfterValue(int i, byte next)
    {
        if (depth == 0)
        {
            throw Error(i, "Only white space may follow the JSON value.");
        }

        var inObject = containers.IsObject(depth);
        if (next == (inObject ? (byte)'}' : (byte)']'))
        {
            EndContainer(i, inObject ? JsonTokenType.EndObject : JsonTokenType.EndArray);
            return;
        }

        var start = NextItemAfterComma(i, next, inObject);
        var first = buffer[start];
        if (inObject)
        {
            ReadPropertyName(start, first);
        }
        else
        {
            ReadValue(start, first);
        }
    }

    // From the byte after a value that is not its container's end, which must be a comma: the index of the next member
    // or element; not a closing bracket in an array (an object's trailing comma is refused by RequirePropertyNameQuote).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int NextItemAfterComma(int i, byte next, bool inObject)
    {
        if (next != (byte)',')
        {
            throw Error(i, inObject ? "Expected ',' or '}' after a property value." : "Expected ',' or ']' after an array element.");
        }

        var start = SkipWhiteSpace(i + 1);
        if (start >= buffer.Length)
        {
            throw Error(start, "The input ends after a comma.");
        }

        if (!inObject && buffer[start] == (byte)']')
        {
            throw Error(start, "A trailing comma is not allowed.");
        }

        return start;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadPropertyName(int start, byte first)
    {
        RequirePropertyNameQuote(start, first);
        consumed = AfterColon(ScanString(start));
        tokenType = JsonTokenType.PropertyName;
        tokenStart = start;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RequirePropertyNameQuote(int start, byte first)
    {
        if (first != (byte)'"')
        {
            throw Error(start, first == (byte)'}' ? "A trailing comma is not allowed." : "Expected a property name in double quotes.");
        }
    }

    // From the index after a property name's closing quote: the index after the colon that must follow it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int AfterColon(int end)
    {
        var colon = SkipWhiteSpace(end);
        if (colon >= buffer.Length || buffer[colon] != (byte)':')
        {
            throw Error(colon, "Expected ':' after a property name.");
        }

        return colon + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadValue(int start, byte first)
    {
        tokenStart = start;
        switch (first)
        {
            case (byte)'"':
                consumed = ScanString(start);
                tokenType = JsonTokenType.String;
                return;
            case (byte)'{':
                StartContainer(start, isObject: true);
                return;
            case (byte)'[':
                StartContainer(start, isObject: false);
                return;
            case (byte)'t':
                ReadLiteral(start, "true"u8, JsonTokenType.True);
                return;
            case (byte)'f':
                ReadLiteral(start, "false"u8, JsonTokenType.False);
                return;
            case (byte)'n':
                ReadLiteral(start, "null"u8, JsonTokenType.Null);
                return;
            default:
                if (IsNumberStart(first))
                {
                    ReadNumber(start);
                    return;
                }

                throw NotAValue(start);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNumberStart(byte first) => first == (byte)'-' || (uint)(first - '0') <= 9;

    private static JsonException NotAValue(int start) => Error(start, "A JSON value cannot start with this byte.");

    private static JsonException TooDeep(int start) => Error(start, $"The depth exceeds the maximum of {MaxDepth}.");

    private static JsonException InputEndsInsideContainer(int end) => Error(end, "The input ends inside an object or array.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void StartContainer(int start, bool isObject)
    {
        if (depth >= MaxDepth)
        {
            throw TooDeep(start);
        }

        depth++;
        containers.Set(depth, isObject);
        tokenType = isObject ? JsonTokenType.StartObject : JsonTokenType.StartArray;
        valueStart = start;
        valueLength = 1;
        valueIsEscaped = false;
        consumed = start + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EndContainer(int start, JsonTokenType type)
    {
        depth--;
        tokenType = type;
        tokenStart = start;
        valueStart = start;
        valueLength = 1;
        valueIsEscaped = false;
        consumed = start + 1;
    }

    private void ReadLiteral(int start, ReadOnlySpan<byte> literal, JsonTokenType type)
    {
        consumed = LiteralEnd(start, literal);
        tokenType = type;
        valueStart = start;
        valueLength = literal.Length;
        valueIsEscaped = false;
    }

    // The index after the literal at start. As the general reader, the byte after it is checked as the next token.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int LiteralEnd(int start, ReadOnlySpan<byte> literal) =>
        buffer[start..].StartsWith(literal) ? start + literal.Length : throw Error(start, "Expected the literal true, false or null.");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadNumber(int start)
    {
        var end = NumberEnd(start);
        if (end >= buffer.Length && depth > 0)
        {
            throw InputEndsInsideContainer(end);
        }

        tokenType = JsonTokenType.Number;
        valueStart = start;
        valueLength = end - start;
        valueIsEscaped = false;
        consumed = end;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, then a delimiter or the end of the input (which only a top-level
    // value may reach; the caller checks); the index after the number.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int NumberEnd(int start)
    {
        var i = start;
        if (buffer[i] == (byte)'-')
        {
            i++;
        }

        if (i >= buffer.Length || (uint)(buffer[i] - '0') > 9)
        {
            throw Error(i, "Expected a digit in the number.");
        }

        if (buffer[i] == (byte)'0')
        {
            i++;
        }
        else
        {
            i = Digits(i);
        }

        if (i < buffer.Length && buffer[i] == (byte)'.')
        {
            i = RequiredDigits(i + 1);
        }

        if (i < buffer.Length && (buffer[i] | 0x20) == (byte)'e')
        {
            i++;
            if (i < buffer.Length && (buffer[i] == (byte)'+' || buffer[i] == (byte)'-'))
            {
                i++;
            }

            i = RequiredDigits(i);
        }

        if (i < buffer.Length && buffer[i] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'/'))
        {
            throw Error(i, "Expected a delimiter after the number.");
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int Digits(int i)
    {
        while (i < buffer.Length && (uint)(buffer[i] - '0') <= 9)
        {
            i++;
        }

        return i;
    }

    private readonly int RequiredDigits(int i)
    {
        if (i >= buffer.Length || (uint)(buffer[i] - '0') > 9)
        {
            throw Error(i, "Expected a digit in the number.");
        }

        return Digits(i);
    }

    // From the opening quote at start; sets the value and returns the index after the closing quote. Inlined: a native
    // build otherwise calls it for every string and property name.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ScanString(int start)
    {
        var end = StringEnd(start, out var escaped);
        valueStart = start + 1;
        valueLength = end - 1 - valueStart;
        valueIsEscaped = escaped;
        return end;
    }

    // From the opening quote at start: the index after the closing quote, every escape on the way validated.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int StringEnd(int start, out bool escaped)
    {
        var i = start + 1;
        escaped = false;
        while (true)
        {
            i = NextSpecial(i);
            if (i >= buffer.Length)
            {
                throw Error(i, "The input ends inside a string.");
            }

            var b = buffer[i];
            if (b == (byte)'"')
            {
                break;
            }

            if (b != (byte)'\\')
            {
                throw Error(i, "A control character must be escaped in a string.");
            }

            escaped = true;
            i = ValidEscape(i);
        }

        return i + 1;
    }

    // The index of the first quote, backslash or control character at or after i; the buffer's length if none.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int NextSpecial(int i)
    {
        if (Vector128.IsHardwareAccelerated)
        {
            ref var origin = ref MemoryMarshal.GetReference(buffer);
            var quote = Vector128.Create((byte)'"');
            var backslash = Vector128.Create((byte)'\\');
            var space = Vector128.Create((byte)' ');
            while (i + Vector128<byte>.Count <= buffer.Length)
            {
                var bytes = Vector128.LoadUnsafe(ref origin, (nuint)i);
                var special = Vector128.Equals(bytes, quote) | Vector128.Equals(bytes, backslash) | Vector128.LessThan(bytes, space);
                if (special != Vector128<byte>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(special.ExtractMostSignificantBits());
                }

                i += Vector128<byte>.Count;
            }
        }

        while (i < buffer.Length)
        {
            var b = buffer[i];
            if (b == (byte)'"' || b == (byte)'\\' || b < (byte)' ')
            {
                return i;
            }

            i++;
        }

        return i;
    }

    // From the backslash at i: the index after a valid escape.
    private readonly int ValidEscape(int i)
    {
        if (i + 1 >= buffer.Length)
        {
            throw Error(i, "The input ends inside an escape.");
        }

        switch (buffer[i + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                return i + 2;
            case (byte)'u':
                if (i + 6 > buffer.Length)
                {
                    throw Error(i, "The input ends inside a \\u escape.");
                }

                for (var h = i + 2; h < i + 6; h++)
                {
                    if (!char.IsAsciiHexDigit((char)buffer[h]))
                    {
                        throw Error(h, "Expected four hexadecimal digits in a \\u escape.");
                    }
                }

                return i + 6;
            default:
                throw Error(i + 1, "Not a valid escape in a string.");
        }
    }

    // One bit per depth, set for an object; 512 levels in eight words, without an allocation.
    private struct ContainerKinds
    {
        private Words words;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly bool IsObject(int depth) => (words[depth >> 6] & (1UL << (depth & 63))) != 0;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Set(int depth, bool isObject)
        {
            ref var word = ref words[depth >> 6];
            var bit = 1UL << (depth & 63);
            word = isObject ? word | bit : word & ~bit;
        }

        [InlineArray((MaxDepth / 64) + 1)]
        private struct Words
        {
            private ulong first;
        }
    }
}
