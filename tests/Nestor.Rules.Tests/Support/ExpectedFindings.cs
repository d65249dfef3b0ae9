using System.Text.Json;
using Nestor.Rules.Engine;
using Nestor.Rules.Reading;

namespace Nestor.Rules.Tests.Support;

/// <summary>A sample's expected-findings.json against what review finds there, as (rule, path, line) rows in one order.</summary>
public static class ExpectedFindings
{
    public static string SampleRoot(string sample) => Path.Combine(CatalogueTests.SourceRoot(), "samples", sample);

    /// <summary>The rows for review (graph problems are review rules too) of rules the catalogue has.</summary>
    public static List<(string Rule, string Path, int Line)> Expected(string root)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "expected-findings.json")));
        var implemented = RuleCatalog.BuiltIn.Rules.Select(r => r.Descriptor.Name).ToHashSet(StringComparer.Ordinal);
        return Ordered(json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("command").GetString() is "review" or "graph")
            .Select(f => (Rule: f.GetProperty("rule").GetString()!, Path: f.GetProperty("path").GetString()!, Line: f.GetProperty("line").GetInt32()))
            .Where(f => implemented.Contains(f.Rule)));
    }

    /// <summary>What review reports, leaving out the engine's own notes (NST0xxx: missing documents and the like).</summary>
    public static List<(string Rule, string Path, int Line)> Actual(ReviewResult result) =>
        Ordered(result.Diagnostics
            .Where(d => !d.Code.StartsWith("NST0", StringComparison.Ordinal))
            .Select(d => (Rule: d.Name!, d.Path, Line: result.TextOf(d.Path)!.Lines.GetPosition(d.Span.Start).Line)));

    public static ReviewResult Review(string root) => ReviewRunner.Review(root, new ReadingOptions(), RuleCatalog.BuiltIn, null, null);

    private static List<(string Rule, string Path, int Line)> Ordered(IEnumerable<(string Rule, string Path, int Line)> rows) =>
        rows.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal).ToList();
}
