using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Advice;

/// <summary>
/// Sums slow operations per shape as they stream by, in memory bounded by the number of distinct
/// shapes, never by the length of the log.
/// </summary>
public sealed class EvidenceAccumulator
{
    // Enough to show how a shape was planned without letting one noisy shape grow without end.
    private const int MaxPlanSummaries = 8;

    private readonly Dictionary<string, Totals> byShape = new(StringComparer.Ordinal);

    /// <summary>Adds one operation; statement summaries of write batches are skipped (their statements were counted).</summary>
    public void Add(SlowOperation operation)
    {
        if (operation.IsWriteBatchSummary)
        {
            return;
        }

        var fingerprint = operation.Shape.Fingerprint;
        if (!byShape.TryGetValue(fingerprint, out var totals))
        {
            totals = new Totals(operation);
            byShape.Add(fingerprint, totals);
        }

        totals.Add(operation);
    }

    /// <summary>The evidence so far, one entry per shape, in order of first appearance.</summary>
    public IReadOnlyList<ShapeEvidence> ToEvidence() => byShape.Values.Select(totals => totals.ToEvidence()).ToList();

    private sealed class Totals(SlowOperation first)
    {
        private readonly SortedSet<string> planSummaries = new(StringComparer.Ordinal);
        private readonly SortedSet<string> sources = new(StringComparer.Ordinal);
        private long count;
        private double millis;
        private long keys;
        private long docs;
        private long returned;
        private long collectionScans;
        private long sorts;

        public void Add(SlowOperation operation)
        {
            count++;
            millis += operation.DurationMillis;
            keys += operation.KeysExamined ?? 0;
            docs += operation.DocsExamined ?? 0;
            returned += operation.NReturned ?? 0;
            if (operation.PlanSummary is { } summary)
            {
                if (summary.Contains("COLLSCAN", StringComparison.Ordinal))
                {
                    collectionScans++;
                }

                if (planSummaries.Count < MaxPlanSummaries)
                {
                    planSummaries.Add(summary);
                }
            }

            if (operation.HasSortStage)
            {
                sorts++;
            }

            sources.Add(operation.Format == EvidenceFormat.Profiler ? "profile" : "log");
        }

        public ShapeEvidence ToEvidence() => new(first.Shape)
        {
            Count = count,
            TotalMillis = millis,
            KeysExamined = keys,
            DocsExamined = docs,
            Returned = returned,
            CollectionScans = collectionScans,
            InMemorySorts = sorts,
            PlanSummaries = planSummaries.ToArray(),
            Sources = sources.ToArray(),
        };
    }
}
