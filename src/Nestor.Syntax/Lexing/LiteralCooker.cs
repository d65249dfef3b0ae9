using System.Text;

namespace Nestor.Syntax.Lexing;

/// <summary>Turns the source text of a literal or escaped name into its value, on demand.</summary>
public static class LiteralCooker
{
    /// <summary>The value of a string literal, quotes included in <paramref name="source"/>.</summary>
    public static string CookString(ReadOnlySpan<char> source)
    {
        if (source.Length < 2)
        {
            return string.Empty;
        }

        var quote = source[0];
        var body = source[1..];
        if (body.Length > 0 && body[^1] == quote)
        {
            body = body[..^1];
        }

        return CookBody(body);
    }

    /// <summary>The cooked value of a template piece without its delimiters (<c>`</c>, <c>${</c>, <c>}</c>).</summary>
    public static string CookTemplate(ReadOnlySpan<char> body)
    {
        // Template line terminators are normalised: CRLF and CR become LF.
        var cooked = CookBody(body);
        return cooked.Contains('\r', StringComparison.Ordinal) ? cooked.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : cooked;
    }

    public static string CookIdentifier(ReadOnlySpan<char> source) => CookBody(source);

    private static string CookBody(ReadOnlySpan<char> body)
    {
        var backslash = body.IndexOf('\\');
        if (backslash < 0)
        {
            return body.ToString();
        }

        var builder = new StringBuilder(body.Length);
        builder.Append(body[..backslash]);
        var i = backslash;
        while (i < body.Length)
        {
            var c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                builder.Append(c);
                i++;
                continue;
            }

            var e = body[i + 1];
            i += 2;
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'v': builder.Append('\v'); break;
                case '\r':
                    if (i < body.Length && body[i] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                case '\u2028':
                case '\u2029':
                    break;
                case 'x':
                    if (i + 1 < body.Length && CharacterInfo.IsHexDigit(body[i]) && CharacterInfo.IsHexDigit(body[i + 1]))
                    {
                        builder.Append((char)((CharacterInfo.HexValue(body[i]) * 16) + CharacterInfo.HexValue(body[i + 1])));
                        i += 2;
                    }
                    else
                    {
                        builder.Append('x');
                    }

                    break;
                case 'u':
                    i = AppendUnicodeEscape(body, i, builder);
                    break;
                case >= '0' and <= '7':
                    {
                        var value = e - '0';
                        var max = e <= '3' ? 2 : 1;
                        for (var k = 0; k < max && i < body.Length && CharacterInfo.IsOctalDigit(body[i]); k++)
                        {
                            value = (value * 8) + (body[i] - '0');
                            i++;
                        }

                        builder.Append((char)value);
                        break;
                    }

                default:
                    builder.Append(e);
                    break;
            }
        }

        return builder.ToString();
    }

    private static int AppendUnicodeEscape(ReadOnlySpan<char> body, int i, StringBuilder builder)
    {
        if (i < body.Length && body[i] == '{')
        {
            var close = body[i..].IndexOf('}');
            if (close > 1)
            {
                var value = 0L;
                foreach (var digit in body.Slice(i + 1, close - 1))
                {
                    if (!CharacterInfo.IsHexDigit(digit))
                    {
                        value = -1;
                        break;
                    }

                    value = Math.Min((value * 16) + CharacterInfo.HexValue(digit), 0x110000);
                }

                if (value is >= 0 and <= 0x10FFFF)
                {
                    builder.Append(char.ConvertFromUtf32((int)value is >= 0xD800 and <= 0xDFFF ? 0xFFFD : (int)value));
                    return i + close + 1;
                }
            }

            builder.Append('u');
            return i;
        }

        if (i + 4 <= body.Length)
        {
            var value = 0;
            for (var k = 0; k < 4; k++)
            {
                if (!CharacterInfo.IsHexDigit(body[i + k]))
                {
                    builder.Append('u');
                    return i;
                }

                value = (value * 16) + CharacterInfo.HexValue(body[i + k]);
            }

            builder.Append((char)value);
            return i + 4;
        }

        builder.Append('u');
        return i;
    }
}
