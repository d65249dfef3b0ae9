using Nestor.Text;

namespace Nestor.Syntax;

public enum CommentKind
{
    /// <summary><c>// ...</c></summary>
    Line,

    /// <summary><c>/* ... */</c></summary>
    Block,

    /// <summary><c>/** ... */</c></summary>
    JsDoc,
}

/// <summary>
/// One comment. <see cref="IsTrailing"/> is true when the comment shares its line with the
/// token before it (<c>x = 1; // why</c>); otherwise it leads whatever follows.
/// </summary>
public readonly record struct Comment(CommentKind Kind, TextSpan Span, bool IsTrailing);

/// <summary>Every comment of a file in document order, with lookups by position and by line.</summary>
public sealed class CommentTable
{
    private readonly Comment[] _comments;
    private readonly LineMap _lines;

    internal CommentTable(Comment[] comments, LineMap lines)
    {
        _comments = comments;
        _lines = lines;
    }

    public IReadOnlyList<Comment> All => _comments;

    public int Count => _comments.Length;

    /// <summary>The comment that contains <paramref name="position"/>, if any.</summary>
    public Comment? FindAt(int position)
    {
        var index = FirstEndingAfter(position);
        return index < _comments.Length && _comments[index].Span.Contains(position) ? _comments[index] : null;
    }

    /// <summary>Comments that overlap the span (or touch it, for an empty span).</summary>
    public IEnumerable<Comment> InSpan(TextSpan span)
    {
        for (var i = FirstEndingAfter(span.Start); i < _comments.Length && _comments[i].Span.Start < Math.Max(span.End, span.Start + 1); i++)
        {
            yield return _comments[i];
        }
    }

    /// <summary>Comments that start on the zero-based line <paramref name="lineIndex"/>.</summary>
    public IEnumerable<Comment> OnLine(int lineIndex)
    {
        var start = _lines.GetLineStart(lineIndex);
        var end = lineIndex + 1 < _lines.LineCount ? _lines.GetLineStart(lineIndex + 1) : int.MaxValue;
        for (var i = FirstEndingAfter(start); i < _comments.Length && _comments[i].Span.Start < end; i++)
        {
            if (_comments[i].Span.Start >= start)
            {
                yield return _comments[i];
            }
        }
    }

    /// <summary>The comments between the previous token and <paramref name="nodeStart"/> that lead it (not trailing the previous line).</summary>
    public IEnumerable<Comment> LeadingComments(int nodeStart)
    {
        var index = FirstEndingAfter(nodeStart) - 1;
        var result = new List<Comment>();
        for (; index >= 0 && _comments[index].Span.End <= nodeStart; index--)
        {
            if (_comments[index].IsTrailing)
            {
                break;
            }

            result.Add(_comments[index]);
        }

        result.Reverse();
        return result;
    }

    private int FirstEndingAfter(int position)
    {
        int low = 0, high = _comments.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_comments[mid].Span.End <= position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
