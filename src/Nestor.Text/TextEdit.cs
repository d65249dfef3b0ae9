namespace Nestor.Text;

/// <summary>Replace the text in <see cref="Span"/> with <see cref="NewText"/>.</summary>
public readonly record struct TextEdit(TextSpan Span, string NewText)
{
    public static TextEdit Insert(int position, string text) => new(new TextSpan(position, 0), text);

    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);

    /// <summary>
    /// Applies non-overlapping edits to a text. Edits are sorted by position first; overlapping
    /// edits are rejected because their result would depend on the order they were written in.
    /// </summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length).ToList();
        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < position)
            {
                throw new InvalidOperationException($"Overlapping edits at {edit.Span}.");
            }

            if (edit.Span.End > text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(edits), $"Edit {edit.Span} is outside a text of length {text.Length}.");
            }

            builder.Append(text, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}

/// <summary>How sure we are that applying a fix keeps the program's meaning.</summary>
public enum FixSafety
{
    /// <summary>Always safe: <c>--fix</c> applies it.</summary>
    Safe,

    /// <summary>Probably right, but changes behaviour or types: shown, never applied automatically.</summary>
    Suggestion,
}

/// <summary>A named set of edits to one file.</summary>
public sealed record CodeFix(string Title, FixSafety Safety, IReadOnlyList<TextEdit> Edits);
