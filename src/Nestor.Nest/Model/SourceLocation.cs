using Nestor.Text;

namespace Nestor.Nest.Model;

/// <summary>Where a piece of the model was declared: a file, a span and its one-based line and column.</summary>
public sealed record SourceLocation(string Path, TextSpan Span, int Line, int Column)
{
    public static SourceLocation From(SourceText text, TextSpan span)
    {
        var position = text.Lines.GetPosition(span.Start);
        return new SourceLocation(text.Path, span, position.Line, position.Column);
    }

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
