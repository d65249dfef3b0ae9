using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Nestor.Mongo.Logs;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Digest;

/// <summary>Everything the digest knows about one query shape: counts, durations and the plan evidence.</summary>
public sealed class DigestRow
{
    // A shape seen with many different plans or hashes is reported with the most frequent ones; the bound keeps memory per shape fixed.
    private const int MaxDistinctValues = 16;

    private readonly Dictionary<string, long> planSummaries = new(StringComparer.Ordinal);
    private readonly BoundedStringSet queryHashes = new(MaxDistinctValues);
    private readonly BoundedStringSet queryShapeHashes = new(MaxDistinctValues);
    private readonly BoundedStringSet appNames = new(MaxDistinctValues);

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
        planSummaries.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();

    /// <summary>The plan-cache hashes seen (the first 16 distinct), in ordinal order.</summary>
    public IReadOnlyCollection<string> QueryHashes => queryHashes.Sorted();

    public IReadOnlyCollection<string> QueryShapeHashes => queryShapeHashes.Sorted();

    public IReadOnlyCollection<string> AppNames => appNames.Sorted();

    /// <summary>Documents examined per document returned; returned counts as at least 1 so a scan that finds nothing still shows its cost.</summary>
    public double? DocsExaminedPerReturned => WithExaminedFigures == 0 ? null : (double)DocsExamined / Math.Max(NReturned, 1);

    public double? KeysExaminedPerReturned => WithExaminedFigures == 0 ? null : (double)KeysExamined / Math.Max(NReturned, 1);

    public bool HasCollectionScan => CollectionScans > 0;

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
            ref var seen = ref planSummaries.Count < MaxDistinctValues
                ? ref CollectionsMarshal.GetValueRefOrAddDefault(planSummaries, plan, out _)
                : ref CollectionsMarshal.GetValueRefOrNullRef(planSummaries, plan);
            if (!Unsafe.IsNullRef(ref seen))
            {
                seen++;
            }

            if (PlanSummary.IsCollectionScan(plan))
            {
                CollectionScans++;
            }
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
}
