using System.Buffers.Text;
using System.Text;

namespace Nestor.Mongo.Logs;

/// <summary>Decodes the escapes of a JSON string's UTF-8 text whose escapes a reader has already validated.</summary>
internal static class JsonUnescaper
{
    /// <summary>
    /// Writes the unescaped text (never longer than the escaped one); false when a <c>\u</c> escape is a surrogate
    /// without its pair, which no UTF-8 can carry.
    /// </summary>
    public static bool TryUnescape(ReadOnlySpan<byte> escaped, Span<byte> destination, out int written)
    {
        written = 0;
        var i = 0;
        while (i < escaped.Length)
        {
            var backslash = escaped[i..].IndexOf((byte)'\\');
            var plain = backslash < 0 ? escaped[i..] : escaped.Slice(i, backslash);
            plain.CopyTo(destination[written..]);
            written += plain.Length;
            i += plain.Length;
            if (backslash < 0)
            {
                return true;
            }

            var kind = escaped[i + 1];
            if (kind != (byte)'u')
            {
                destination[written++] = kind switch
                {
                    (byte)'b' => (byte)'\b',
                    (byte)'f' => (byte)'\f',
                    (byte)'n' => (byte)'\n',
                    (byte)'r' => (byte)'\r',
                    (byte)'t' => (byte)'\t',
                    _ => kind,
                };
                i += 2;
                continue;
            }

            var unit = Hex(escaped.Slice(i + 2, 4));
            i += 6;
            var scalar = unit;
            if (char.IsHighSurrogate((char)unit))
            {
                if (i + 6 > escaped.Length || escaped[i] != (byte)'\\' || escaped[i + 1] != (byte)'u')
                {
                    return false;
                }

                var low = Hex(escaped.Slice(i + 2, 4));
                if (!char.IsLowSurrogate((char)low))
                {
                    return false;
                }

                scalar = char.ConvertToUtf32((char)unit, (char)low);
                i += 6;
            }
            else if (char.IsLowSurrogate((char)unit))
            {
                return false;
            }

            if (!new Rune(scalar).TryEncodeToUtf8(destination[written..], out var length))
            {
                return false;
            }

            written += length;
        }

        return true;
    }

    // Four hexadecimal digits, already validated by the reader.
    private static int Hex(ReadOnlySpan<byte> digits)
    {
        Utf8Parser.TryParse(digits, out ushort unit, out _, 'X');
        return unit;
    }
}
