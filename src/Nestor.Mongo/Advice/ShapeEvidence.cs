using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Advice;

/// <summary>
/// What the evidence says about one query shape, summed over its executions: how often it ran,
/// how long it took, how much it read for what it returned, and how the server planned it.
/// Built from digest rows (logs, profiler) and from explain output.
/// </summary>
public sealed record ShapeEvidence(QueryShape Shape)
{
    public long Count { get; init; } = 1;

    public double TotalMillis { get; init; }

    public long KeysExamined { get; init; }

    public long DocsExamined { get; init; }

    public long Returned { get; init; }

    /// <summary>Executions whose plan read the whole collection (<c>COLLSCAN</c>).</summary>
    public long CollectionScans { get; init; }

    /// <summary>Executions that sorted in memory (<c>hasSortStage</c>, a <c>SORT</c> stage in an explain).</summary>
    public long InMemorySorts { get; init; }

    /// <summary>The distinct plan summaries seen (<c>COLLSCAN</c>, <c>IXSCAN { status: 1 }</c>), sorted.</summary>
    public IReadOnlyList<string> PlanSummaries { get; init; } = [];

    /// <summary>Paths the server reported as multikey (arrays) for this shape's collection.</summary>
    public IReadOnlyList<string> MultikeyPaths { get; init; } = [];

    /// <summary>Where the evidence came from (<c>log</c>, <c>profile</c>, <c>explain</c>), sorted.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Documents read per document returned, or per run when runs returned nothing (writes).</summary>
    public double DocsPerReturned => DocsExamined / (double)Math.Max(Returned, Math.Max(Count, 1));

    /// <summary>Index keys read per document returned, or per run when runs returned nothing.</summary>
    public double KeysPerReturned => KeysExamined / (double)Math.Max(Returned, Math.Max(Count, 1));

    public double AverageMillis => Count == 0 ? 0 : TotalMillis / Count;

    /// <summary>One entry per shape: the evidence of equal shapes (by fingerprint) summed.</summary>
    public static IReadOnlyList<ShapeEvidence> CombineByShape(IEnumerable<ShapeEvidence> evidence) =>
        evidence
            .GroupBy(item => item.Shape.Fingerprint, StringComparer.Ordinal)
            .Select(group => group.Aggregate(Combine))
            .ToList();

    /// <summary>The sum of two pieces of evidence about the same shape.</summary>
    public static ShapeEvidence Combine(ShapeEvidence left, ShapeEvidence right) => left with
    {
        Count = left.Count + right.Count,
        TotalMillis = left.TotalMillis + right.TotalMillis,
        KeysExamined = left.KeysExamined + right.KeysExamined,
        DocsExamined = left.DocsExamined + right.DocsExamined,
        Returned = left.Returned + right.Returned,
        CollectionScans = left.CollectionScans + right.CollectionScans,
        InMemorySorts = left.InMemorySorts + right.InMemorySorts,
        PlanSummaries = Union(left.PlanSummaries, right.PlanSummaries),
        MultikeyPaths = Union(left.MultikeyPaths, right.MultikeyPaths),
        Sources = Union(left.Sources, right.Sources),
    };

    private static string[] Union(IEnumerable<string> left, IEnumerable<string> right) =>
        left.Concat(right).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
