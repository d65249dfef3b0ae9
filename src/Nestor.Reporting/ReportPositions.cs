using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Reporting;

/// <summary>Turns spans into lines and columns, only here at the reporting edge.</summary>
internal static class ReportPositions
{
    public static (LinePosition Start, LinePosition End) Of(ReviewResult result, string path, TextSpan span)
    {
        if (result.TextOf(path) is not { } text)
        {
            return (new LinePosition(1, 1), new LinePosition(1, 1));
        }

        return (text.Lines.GetPosition(span.Start), text.Lines.GetPosition(span.End));
    }

    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hint",
    };

    public static string ToolVersion => typeof(ReportPositions).Assembly.GetName().Version is { } version ? $"{version.Major}.{version.Minor}.{version.Build}" : "0.0.0";

    public static IEnumerable<(RuleDescriptor Rule, int Errors, int Warnings, int Others)> ByRule(ReviewResult result) =>
        result.Diagnostics
            .GroupBy(d => d.Code)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (
                result.Descriptors.FirstOrDefault(d => d.Id == g.Key) ?? new RuleDescriptor(g.Key, g.First().Name ?? "unnamed", g.First().Name ?? g.Key, "Other", g.First().Severity, string.Empty, string.Empty),
                g.Count(d => d.Severity == DiagnosticSeverity.Error),
                g.Count(d => d.Severity == DiagnosticSeverity.Warning),
                g.Count(d => d.Severity < DiagnosticSeverity.Warning)));
}
