namespace Nestor.Mongo.Shapes;

/// <summary>One plan of a plan summary: its stage and, for index scans, the key pattern as printed (<c>{ a: 1, b: -1 }</c>).</summary>
public sealed record PlanStage(string Stage, string? KeyPattern);

/// <summary>
/// The plan summary string that logs and the profiler write: <c>COLLSCAN</c>, <c>IXSCAN { a: 1 }</c>,
/// several plans separated by commas at brace depth 0 (<c>IXSCAN { a: 1 }, IXSCAN { b: 1 }</c>, 8.0's
/// <c>EXPRESS_IXSCAN { _id: 1 },EXPRESS_UPDATE</c>).
/// </summary>
public static class PlanSummary
{
    public static IReadOnlyList<PlanStage> Parse(string? summary)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            return [];
        }

        var stages = new List<PlanStage>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= summary.Length; i++)
        {
            var c = i < summary.Length ? summary[i] : ',';
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == ',' && depth == 0)
            {
                AddStage(stages, summary.AsSpan(start, i - start).Trim());
                start = i + 1;
            }
        }

        return stages;
    }

    /// <summary>True when a plan of the summary scans the whole collection (<c>COLLSCAN</c>; no other stage name contains it).</summary>
    public static bool IsCollectionScan(string? summary) =>
        summary is not null && summary.Contains("COLLSCAN", StringComparison.Ordinal);

    private static void AddStage(List<PlanStage> stages, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var brace = text.IndexOf('{');
        stages.Add(brace < 0
            ? new PlanStage(text.ToString(), null)
            : new PlanStage(text[..brace].Trim().ToString(), text[brace..].Trim().ToString()));
    }
}
