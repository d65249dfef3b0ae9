using System.Runtime.CompilerServices;
using Nestor.Mongo.Logs;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Digest;

/// <summary>Everything the digest knows about one query shape: counts, durations and the plan evidence.</summary>
public sealed class DigestRow
{
    // A shape seen with many different plans or hashes is reported with the most frequent ones; the bound keeps memory per shape fixed.
    private const int MaxDistinctValues = 16;

    // The first distinct plan summaries with their counts: one or two per shape as a rule, so a short array, and the first
    // one held in the row itself (an operation then touches no other object for it).
    private PlanCount firstPlan;
    private PlanCount[]? morePlans;
    private int planSummaryCount;

    // Mutable structs, never copied: not readonly.
    private BoundedStringSet queryHashes = new(MaxDistinctValues);
    private BoundedStringSet queryShapeHashes = new(MaxDistinctValues);
    private BoundedStringSet appNames = new(MaxDistinctValues);

    public DigestRow(QueryShape shape, string fingerprint)
    {
        Shape = shape;
        Fingerprint = fingerprint;
    }

    public QueryShape Shape { get; }

    public string Fingerprint { get; }

    public string Namespace => Shape.Namespace;

    public string Operation => Shape.Operation;

    public DurationHistogram Durations { get; } = new();

    public long Count => Durations.Count;

    public long DocsExamined { get; private set; }

    public long KeysExamined { get; private set; }

    public long NReturned { get; private set; }

    /// <summary>Operations that reported both documents examined and returned: the base of the ratios.</summary>
    public long WithExaminedFigures { get; private set; }

    public long CollectionScans { get; private set; }

    public long InMemorySorts { get; private set; }

    public long UsedDisk { get; private set; }

    public long Replanned { get; private set; }

    public long FromMultiPlanner { get; private set; }

    public DateTimeOffset? FirstSeen { get; private set; }

    public DateTimeOffset? LastSeen { get; private set; }

    /// <summary>The input and line of the first operation of this shape, to look at a real one.</summary>
    public (string Input, long Line)? Example { get; private set; }

    /// <summary>Plan summaries seen, most frequent first (then by text).</summary>
    public IReadOnlyList<KeyValuePair<string, long>> PlanSummaries =>
        (planSummaryCount == 0 ? [] : (morePlans ?? []).Prepend(firstPlan)).Take(planSummaryCount)
            .Select(p => KeyValuePair.Create(p.Summary, p.Count))
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The plan-cache hashes seen (the first 16 distinct), in ordinal order.</summary>
    public IReadOnlyCollection<string> QueryHashes => queryHashes.Sorted();

    public IReadOnlyCollection<string> QueryShapeHashes => queryShapeHashes.Sorted();

    public IReadOnlyCollection<string> AppNames => appNames.Sorted();

    /// <summary>Documents examined per document returned; returned counts as at least 1 so a scan that finds nothing still shows its cost.</summary>
    public double? DocsExaminedPerReturned => WithExaminedFigures == 0 ? null : (double)DocsExamined / Math.Max(NReturned, 1);

    public double? KeysExaminedPerReturned => WithExaminedFigures == 0 ? null : (double)KeysExamined / Math.Max(NReturned, 1);

    public bool HasCollectionScan => CollectionScans > 0;

    /// <summary>The namespace, as its source wrote it, of the last operation added, and that namespace's count (kept by <see cref="DigestBuilder"/>).</summary>
    internal string? LastNamespace { get; set; }

    internal NamespaceTally? LastNamespaceTally { get; set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(SlowOperation operation, string input)
    {
        Durations.Add(operation.DurationMillis);
        if (operation.DocsExamined is { } docs && operation.NReturned is { } returned)
        {
            WithExaminedFigures++;
            DocsExamined += docs;
            NReturned += returned;
            KeysExamined += operation.KeysExamined ?? 0;
        }

        if (operation.PlanSummary is { } plan)
        {
            CountPlan(plan);
        }

        InMemorySorts += operation.HasSortStage ? 1 : 0;
        UsedDisk += operation.UsedDisk ? 1 : 0;
        Replanned += operation.Replanned ? 1 : 0;
        FromMultiPlanner += operation.FromMultiPlanner ? 1 : 0;
        queryHashes.Add(operation.QueryHash);
        queryShapeHashes.Add(operation.QueryShapeHash);
        appNames.Add(operation.AppName);
        if (operation.Timestamp is { } time)
        {
            FirstSeen = FirstSeen is null || time < FirstSeen ? time : FirstSeen;
            LastSeen = LastSeen is null || time > LastSeen ? time : LastSeen;
        }

        Example ??= (input, operation.Line);
    }

    // string.Equals compares references first: the reading threads hand out one instance per repeated plan each.
    private void CountPlan(string plan)
    {
        if (planSummaryCount > 0 && string.Equals(firstPlan.Summary, plan, StringComparison.Ordinal))
        {
            Counted(ref firstPlan);
            return;
        }

        if (morePlans is not null)
        {
            foreach (ref var known in morePlans.AsSpan(0, planSummaryCount - 1))
            {
                if (string.Equals(known.Summary, plan, StringComparison.Ordinal))
                {
                    Counted(ref known);
                    return;
                }
            }
        }

        var isCollectionScan = PlanSummary.IsCollectionScan(plan);
        CollectionScans += isCollectionScan ? 1 : 0;
        var first = new PlanCount(plan, 1, isCollectionScan);
        if (planSummaryCount == 0)
        {
            firstPlan = first;
            planSummaryCount++;
        }
        else if (planSummaryCount < MaxDistinctValues)
        {
            morePlans ??= new PlanCount[MaxDistinctValues - 1];
            morePlans[planSummaryCount++ - 1] = first;
        }
    }

    private void Counted(ref PlanCount plan)
    {
        plan.Count++;
        CollectionScans += plan.IsCollectionScan ? 1 : 0;
    }

    private struct PlanCount(string summary, long count, bool isCollectionScan)
    {
        public readonly string Summary = summary;
        public readonly bool IsCollectionScan = isCollectionScan;
        public long Count = count;
    }
}
