using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Reading;

/// <summary>A rule-like line of RULES.md: a list item, or a short paragraph that reads like a rule.</summary>
public sealed record RulesLine(int Line, string Text, string Normalised);

/// <summary>A fenced <c>nestor</c> block: its YAML and the zero-based line where the YAML starts.</summary>
public sealed record NestorBlock(int FirstLineIndex, string Yaml);

/// <summary>RULES.md split into what a reader and a machine need: rule lines and nestor blocks.</summary>
public sealed partial record RulesDocument(SourceText Text, IReadOnlyList<RulesLine> Lines, IReadOnlyList<NestorBlock> Blocks)
{
    private const int ShortParagraph = 200;

    public static RulesDocument Parse(SourceText text)
    {
        var document = Markdown.Parse(text.Content, new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build());
        var lines = new List<RulesLine>();
        var blocks = new List<NestorBlock>();
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case FencedCodeBlock fenced when IsNestorBlock(fenced):
                    blocks.Add(new NestorBlock(fenced.Line + 1, YamlOf(fenced)));
                    break;
                case ParagraphBlock paragraph when IsRuleLike(paragraph, text):
                    var raw = Collapse(text.Content.Substring(paragraph.Span.Start, Math.Min(paragraph.Span.Length, text.Length - paragraph.Span.Start)));
                    lines.Add(new RulesLine(paragraph.Line + 1, raw, Normalise(raw)));
                    break;
            }
        }

        return new RulesDocument(text, lines, blocks);
    }

    /// <summary>Lower case, without Markdown emphasis, code marks or links' targets, whitespace collapsed.</summary>
    public static string Normalise(string line)
    {
        var withoutLinks = LinkTarget().Replace(line, "$1");
        var builder = new StringBuilder(withoutLinks.Length);
        foreach (var c in withoutLinks)
        {
            if (c is not ('`' or '*'))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return Collapse(builder.ToString().Replace("__", string.Empty, StringComparison.Ordinal));
    }

    private static bool IsNestorBlock(FencedCodeBlock fenced) =>
        string.Equals(fenced.Info?.Trim(), "nestor", StringComparison.OrdinalIgnoreCase);

    private static string YamlOf(FencedCodeBlock fenced)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < fenced.Lines.Count; i++)
        {
            builder.Append(fenced.Lines.Lines[i].Slice.ToString()).Append('\n');
        }

        return builder.ToString();
    }

    private static bool IsRuleLike(ParagraphBlock paragraph, SourceText text)
    {
        if (paragraph.Parent is ListItemBlock)
        {
            return true;
        }

        if (paragraph.Parent is not MarkdownDocument and not QuoteBlock || paragraph.Span.Length > ShortParagraph)
        {
            return false;
        }

        var content = text.Content.Substring(paragraph.Span.Start, Math.Min(paragraph.Span.Length, text.Length - paragraph.Span.Start));
        return RuleWords().IsMatch(content);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\b(must|never|always|no|not|don't|do not|should|shall|avoid|only|use|every|all)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RuleWords();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
