using System.Text;

namespace Nestor.Text;

/// <summary>The text of one source file, with its path and a lazily built line map.</summary>
public sealed class SourceText
{
    private LineMap? _lines;

    public SourceText(string path, string content)
    {
        Path = path;
        Content = content;
    }

    public string Path { get; }

    public string Content { get; }

    public int Length => Content.Length;

    public LineMap Lines => _lines ??= LineMap.Create(Content);

    public ReadOnlySpan<char> this[TextSpan span] => Content.AsSpan(span.Start, span.Length);

    public string ToString(TextSpan span) => Content.Substring(span.Start, span.Length);

    /// <summary>
    /// Decodes bytes as UTF-8 (a BOM is dropped; invalid sequences become U+FFFD, never an exception),
    /// or as UTF-16 when a UTF-16 BOM says so.
    /// </summary>
    public static SourceText FromBytes(string path, ReadOnlySpan<byte> bytes)
    {
        string content;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            content = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            content = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                bytes = bytes[3..];
            }

            content = Encoding.UTF8.GetString(bytes);
        }

        return new SourceText(path, content);
    }

    public static SourceText FromFile(string path) => FromBytes(path, File.ReadAllBytes(path));
}
