using System.Globalization;

namespace Nestor.Mongo.Advice.Rendering;

/// <summary>Number and text formatting shared by the advice renderers, culture-invariant.</summary>
internal static class AdviceFormat
{
    public static string Millis(double millis) => millis.ToString(millis >= 100 ? "N0" : "0.#", CultureInfo.InvariantCulture) + " ms";

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Ratio(double ratio) => ratio.ToString(ratio >= 100 ? "N0" : "0.#", CultureInfo.InvariantCulture);

    /// <summary>A one-line account of a shape's evidence: runs, time, reads per result, plans.</summary>
    public static string Evidence(ShapeEvidence evidence)
    {
        var parts = new List<string>
        {
            $"{Count(evidence.Count)} run{(evidence.Count == 1 ? "" : "s")}",
            Millis(evidence.TotalMillis),
        };
        if (evidence.DocsExamined > 0 || evidence.KeysExamined > 0)
        {
            parts.Add($"{Count(evidence.DocsExamined)} docs and {Count(evidence.KeysExamined)} keys read for {Count(evidence.Returned)} returned");
        }

        if (evidence.InMemorySorts > 0)
        {
            parts.Add($"{Count(evidence.InMemorySorts)} in-memory sort{(evidence.InMemorySorts == 1 ? "" : "s")}");
        }

        if (evidence.PlanSummaries.Count > 0)
        {
            parts.Add("plan " + string.Join(" | ", evidence.PlanSummaries));
        }

        return string.Join(", ", parts);
    }

    public static string Sites(IEnumerable<CodeQuerySite> sites) => string.Join(", ", sites.Select(site => site.ToString()));

    public static string Date(DateTimeOffset? date) =>
        date?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "an unknown date";
}
