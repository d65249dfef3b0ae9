using System.Text;
using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Reporting;

/// <summary>A pull-request comment: verdict, reading header, a table by rule, and details per file folded away.</summary>
public static class MarkdownReport
{
    public static string Render(ReviewResult result)
    {
        var output = new StringBuilder();
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        output.Append(result.Fails ? "## ❌ Nestor review: enforced rules are violated\n\n" : "## ✅ Nestor review: no enforced rule is violated\n\n");
        output.Append(Escape(ReadingHeader.Render(result.Reading))).Append("\n\n");
        output.Append($"{result.Statistics.Files} file{Plural(result.Statistics.Files)} reviewed: **{errors}** error{Plural(errors)}, **{warnings}** warning{Plural(warnings)}, {result.Diagnostics.Count - errors - warnings} other");
        output.Append($" ({result.Statistics.Suppressed} suppressed, {result.Statistics.Baselined} in the baseline).\n");

        var rows = ReportPositions.ByRule(result).ToList();
        if (rows.Count > 0)
        {
            output.Append("\n| rule | name | errors | warnings | other |\n| --- | --- | ---: | ---: | ---: |\n");
            foreach (var (rule, ruleErrors, ruleWarnings, others) in rows)
            {
                output.Append($"| {rule.Id} | `{rule.Name}` | {ruleErrors} | {ruleWarnings} | {others} |\n");
            }
        }

        foreach (var file in result.Diagnostics.GroupBy(d => d.Path))
        {
            output.Append($"\n<details>\n<summary><code>{Html(file.Key)}</code>: {file.Count()} finding{Plural(file.Count())}</summary>\n\n");
            foreach (var diagnostic in file)
            {
                var (start, _) = ReportPositions.Of(result, diagnostic.Path, diagnostic.Span);
                output.Append($"- **{ReportPositions.SeverityWord(diagnostic.Severity)}** `{diagnostic.Code}` `{diagnostic.Name}` at line {start.Line}, column {start.Column}: {Escape(diagnostic.Message)}\n");
                if (diagnostic.Help is { } help)
                {
                    output.Append($"  - help: {Escape(help)}\n");
                }

                if (result.TextOf(diagnostic.Path) is { } text)
                {
                    var line = text.ToString(text.Lines.GetLineSpan(start.Line - 1, text.Content)).Trim();
                    output.Append("\n  ```ts\n  ").Append(line.Replace("```", "` ` `", StringComparison.Ordinal)).Append("\n  ```\n");
                }
            }

            output.Append("\n</details>\n");
        }

        return output.ToString();
    }

    private static string Plural(int count) => count == 1 ? string.Empty : "s";

    private static string Html(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    // Pipes would split a table cell; angle brackets would open HTML in a comment.
    private static string Escape(string text) => Html(text).Replace("|", "\\|", StringComparison.Ordinal);
}
