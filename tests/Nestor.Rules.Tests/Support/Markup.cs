using Nestor.Text;

namespace Nestor.Rules.Tests.Support;

/// <summary>Roslyn-style span markup: <c>[|</c> and <c>|]</c> mark the expected spans in a source.</summary>
public static class Markup
{
    public static (string Text, IReadOnlyList<TextSpan> Spans) Parse(string markup)
    {
        var builder = new System.Text.StringBuilder(markup.Length);
        var spans = new List<TextSpan>();
        var starts = new Stack<int>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, "[|", 0, 2) == 0)
            {
                starts.Push(builder.Length);
                i++;
            }
            else if (string.CompareOrdinal(markup, i, "|]", 0, 2) == 0 && starts.Count > 0)
            {
                spans.Add(TextSpan.FromBounds(starts.Pop(), builder.Length));
                i++;
            }
            else
            {
                builder.Append(markup[i]);
            }
        }

        spans.Sort();
        return (builder.ToString(), spans);
    }
}
