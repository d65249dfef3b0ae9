using System.Text.RegularExpressions;
using Nestor.Text;

namespace Nestor.Rules.Suppressions;

public enum SuppressionKind
{
    NextLine,
    File,
}

/// <summary>A rule named in a suppression comment, with its span for precise reports.</summary>
public sealed record SuppressedRule(string Key, TextSpan Span);

/// <summary>
/// One <c>// nestor-ignore-next-line RULE[, RULE] -- reason</c> or <c>// nestor-ignore-file ...</c>
/// comment. <see cref="TargetLine"/> is the zero-based line a next-line suppression covers.
/// </summary>
public sealed record Suppression(SuppressionKind Kind, IReadOnlyList<SuppressedRule> Rules, string? Reason, TextSpan Span, int TargetLine);

/// <summary>
/// Finds suppression comments. Only a line comment that starts its line counts, so the text
/// inside a string literal can never suppress anything.
/// </summary>
public static partial class SuppressionParser
{
    public static IReadOnlyList<Suppression> Parse(SourceText text)
    {
        var suppressions = new List<Suppression>();
        // Most files have none: one vectorised search instead of a regex per line.
        if (!text.Content.Contains("nestor-ignore", StringComparison.Ordinal))
        {
            return suppressions;
        }

        var lines = text.Lines;
        for (var lineIndex = 0; lineIndex < lines.LineCount; lineIndex++)
        {
            var lineSpan = lines.GetLineSpan(lineIndex, text.Content);
            var match = Comment().Match(text.Content, lineSpan.Start, lineSpan.Length);
            if (!match.Success)
            {
                continue;
            }

            var kind = match.Groups["kind"].Value == "file" ? SuppressionKind.File : SuppressionKind.NextLine;
            var rules = new List<SuppressedRule>();
            foreach (Match rule in RuleName().Matches(match.Groups["rules"].Value))
            {
                rules.Add(new SuppressedRule(rule.Value, new TextSpan(match.Groups["rules"].Index + rule.Index, rule.Length)));
            }

            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
            var commentStart = match.Groups["comment"].Index;
            var span = TextSpan.FromBounds(commentStart, lineSpan.End);
            suppressions.Add(new Suppression(kind, rules, string.IsNullOrEmpty(reason) ? null : reason, span, TargetOf(text, lineIndex)));
        }

        return suppressions;
    }

    /// <summary>The next line that is not itself a next-line suppression, so suppressions can be stacked.</summary>
    private static int TargetOf(SourceText text, int lineIndex)
    {
        var target = lineIndex + 1;
        while (target < text.Lines.LineCount)
        {
            var span = text.Lines.GetLineSpan(target, text.Content);
            var next = Comment().Match(text.Content, span.Start, span.Length);
            if (!next.Success || next.Groups["kind"].Value == "file")
            {
                break;
            }

            target++;
        }

        return target;
    }

    [GeneratedRegex(@"\G[ \t]*(?<comment>//[ \t]*nestor-ignore-(?<kind>next-line|file)\b(?<rules>(?:(?!--).)*)(?:--(?<reason>.*))?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"[A-Za-z0-9-]+")]
    private static partial Regex RuleName();
}
