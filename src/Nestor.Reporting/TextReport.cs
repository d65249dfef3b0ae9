using System.Text;
using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Reporting;

/// <summary>How the text report is drawn.</summary>
public sealed record TextReportOptions(bool Colour = false, bool Header = true);

/// <summary>
/// The human report: the reading header, findings grouped by file with code frames (the span
/// underlined, labels, help and note), then a summary table by rule. Pure: text in, text out.
/// </summary>
public static class TextReport
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Blue = "\u001b[34m";
    private const string Cyan = "\u001b[36m";
    private const string Underline = "\u001b[4m";

    public static string Render(ReviewResult result, TextReportOptions options)
    {
        var output = new StringBuilder();
        var paint = new Painter(options.Colour);
        if (options.Header)
        {
            output.Append(ReadingHeader.Render(result.Reading)).Append('\n');
        }

        var first = true;
        foreach (var file in result.Diagnostics.GroupBy(d => d.Path))
        {
            // Each finding ends with a blank line, which also separates the next file's name.
            output.Append(first ? "\n" : string.Empty).Append(paint.Apply(Bold + Underline, file.Key)).Append("\n\n");
            first = false;
            foreach (var diagnostic in file)
            {
                RenderDiagnostic(output, result, diagnostic, paint);
            }
        }

        RenderSummary(output, result, paint);
        return output.ToString();
    }

    private static void RenderDiagnostic(StringBuilder output, ReviewResult result, Diagnostic diagnostic, Painter paint)
    {
        var colour = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => Red,
            DiagnosticSeverity.Warning => Yellow,
            _ => Cyan,
        };
        var name = diagnostic.Name is null ? string.Empty : $" {diagnostic.Name}";
        output.Append(paint.Apply(Bold + colour, $"{ReportPositions.SeverityWord(diagnostic.Severity)}[{diagnostic.Code}]")).Append(paint.Apply(Bold, $"{name}: {diagnostic.Message}")).Append('\n');
        var (start, _) = ReportPositions.Of(result, diagnostic.Path, diagnostic.Span);
        output.Append(paint.Apply(Blue, "  --> ")).Append($"{diagnostic.Path}:{start}").Append('\n');

        if (result.TextOf(diagnostic.Path) is { } text)
        {
            var frames = new List<(TextSpan Span, string Message, char Mark, string Colour)> { (diagnostic.Span, string.Empty, '^', colour) };
            frames.AddRange(diagnostic.Labels.Where(l => l.Path == diagnostic.Path).Select(l => (l.Span, l.Message, '-', Blue)));
            var gutter = frames.Max(f => text.Lines.GetPosition(f.Span.Start).Line).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            output.Append(' ', gutter + 1).Append(paint.Apply(Blue, "|")).Append('\n');
            foreach (var line in frames.GroupBy(f => text.Lines.GetLineIndex(f.Span.Start)).OrderBy(g => g.Key))
            {
                RenderLine(output, text, line.Key, line.OrderBy(f => f.Span.Start).ToList(), gutter, paint);
            }
        }

        foreach (var label in diagnostic.Labels.Where(l => l.Path != diagnostic.Path))
        {
            var (labelStart, _) = ReportPositions.Of(result, label.Path, label.Span);
            output.Append(paint.Apply(Blue, "  ::: ")).Append($"{label.Path}:{labelStart}: {label.Message}").Append('\n');
        }

        if (diagnostic.Help is { } help)
        {
            output.Append("  = ").Append(paint.Apply(Bold, "help")).Append(": ").Append(help).Append('\n');
        }

        if (diagnostic.Note is { } note)
        {
            output.Append("  = ").Append(paint.Apply(Bold, "note")).Append(": ").Append(note).Append('\n');
        }

        foreach (var fix in diagnostic.Fixes)
        {
            var how = fix.Safety == FixSafety.Safe ? "fix (applied by --fix)" : "suggestion";
            output.Append("  = ").Append(paint.Apply(Bold, how)).Append(": ").Append(fix.Title).Append('\n');
        }

        output.Append('\n');
    }

    // One source line, then one underline row per span on it: primary '^', labels '-'.
    private static void RenderLine(StringBuilder output, SourceText text, int lineIndex, List<(TextSpan Span, string Message, char Mark, string Colour)> frames, int gutter, Painter paint)
    {
        var lineSpan = text.Lines.GetLineSpan(lineIndex, text.Content);
        var line = text.ToString(lineSpan).Replace('\t', ' ');
        var number = (lineIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(gutter);
        output.Append(paint.Apply(Blue, $"{number} |")).Append(' ').Append(line).Append('\n');
        foreach (var (span, message, mark, colour) in frames)
        {
            var column = span.Start - lineSpan.Start;
            var width = Math.Max(1, Math.Min(span.End, lineSpan.End) - span.Start);
            var underline = new string(' ', column) + new string(mark, width);
            var suffix = message.Length > 0 ? " " + message : string.Empty;
            output.Append(' ', gutter + 1).Append(paint.Apply(Blue, "|")).Append(' ').Append(paint.Apply(colour, underline + suffix)).Append('\n');
        }
    }

    private static void RenderSummary(StringBuilder output, ReviewResult result, Painter paint)
    {
        var rows = ReportPositions.ByRule(result).ToList();
        if (rows.Count > 0)
        {
            var nameWidth = Math.Max("rule".Length, rows.Max(r => r.Rule.Name.Length + r.Rule.Id.Length + 1));
            output.Append("rule".PadRight(nameWidth)).Append("  errors  warnings  other\n");
            foreach (var (rule, errors, warnings, others) in rows)
            {
                output.Append($"{rule.Id} {rule.Name}".PadRight(nameWidth))
                    .Append($"  {errors,6}  {warnings,8}  {others,5}\n");
            }
        }

        var errorCount = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warningCount = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var otherCount = result.Diagnostics.Count - errorCount - warningCount;
        var statistics = result.Statistics;
        var hidden = new List<string>();
        if (statistics.Suppressed > 0)
        {
            hidden.Add($"{statistics.Suppressed} suppressed");
        }

        if (statistics.Baselined > 0)
        {
            hidden.Add($"{statistics.Baselined} in the baseline");
        }

        if (statistics.OutsideChanges > 0)
        {
            hidden.Add($"{statistics.OutsideChanges} outside the changed lines");
        }

        if (rows.Count > 0 || result.Diagnostics.Count == 0)
        {
            output.Append('\n');
        }

        var verdict = result.Fails
            ? paint.Apply(Bold + Red, "FAILED: enforced rules are violated (zero tolerance).")
            : paint.Apply(Bold, "Passed: no enforced rule is violated.");
        output
            .Append($"{statistics.Files} file{(statistics.Files == 1 ? string.Empty : "s")} reviewed: {errorCount} error{(errorCount == 1 ? string.Empty : "s")}, {warningCount} warning{(warningCount == 1 ? string.Empty : "s")}, {otherCount} other")
            .Append(hidden.Count > 0 ? $" ({string.Join(", ", hidden)})" : string.Empty)
            .Append(". ").Append(verdict).Append('\n');
    }

    private readonly struct Painter(bool enabled)
    {
        public string Apply(string code, string text) => enabled ? code + text + Reset : text;
    }
}
