namespace Nestor.Text;

/// <summary>
/// Maps UTF-16 offsets to one-based lines and columns. Built once per text; lines end at
/// CR, LF, CRLF, U+2028 and U+2029, as ECMAScript defines line terminators.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    private LineMap(int[] lineStarts, int textLength)
    {
        _lineStarts = lineStarts;
        TextLength = textLength;
    }

    public int LineCount => _lineStarts.Length;

    public int TextLength { get; }

    public static LineMap Create(ReadOnlySpan<char> text)
    {
        var starts = new List<int>(Math.Max(16, text.Length / 32)) { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u2028' || c == '\u2029')
            {
                starts.Add(i + 1);
            }
        }

        return new LineMap(starts.ToArray(), text.Length);
    }

    /// <summary>The zero-based index of the line holding <paramref name="offset"/>.</summary>
    public int GetLineIndex(int offset)
    {
        offset = Math.Clamp(offset, 0, TextLength);
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, TextLength);
        var line = GetLineIndex(offset);
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    public int GetLineStart(int lineIndex) => _lineStarts[Math.Clamp(lineIndex, 0, _lineStarts.Length - 1)];

    /// <summary>The span of a line without its terminator.</summary>
    public TextSpan GetLineSpan(int lineIndex, ReadOnlySpan<char> text)
    {
        var start = GetLineStart(lineIndex);
        var end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : TextLength;
        while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == '\u2028' || text[end - 1] == '\u2029'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The offset of a one-based line and column, clamped into the text.</summary>
    public int GetOffset(LinePosition position)
    {
        var start = GetLineStart(position.Line - 1);
        return Math.Clamp(start + position.Column - 1, 0, TextLength);
    }
}
