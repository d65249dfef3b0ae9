using Nestor.Mongo.Advice;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Explain;

/// <summary>One index scan of a winning plan.</summary>
public sealed record IndexScan(string Stage, string? IndexName, string KeyPattern, IReadOnlyList<string> MultikeyPaths);

/// <summary>
/// What one <c>explain()</c> output says: the query's shape, how the winning plan reads the
/// collection (scan, index scans, in-memory sort, covered) and, when run with
/// <c>executionStats</c>, what it cost. A figure the explain does not carry is null.
/// </summary>
public sealed record ExplainResult(QueryShape Shape)
{
    /// <summary>Where it was read from: <c>file.json</c>, or <c>file.json#2</c> for the second explain of a file.</summary>
    public string Origin { get; init; } = "";

    /// <summary>Every stage of the winning plan(s), outermost first (<c>FETCH</c>, <c>IXSCAN</c>...).</summary>
    public IReadOnlyList<string> Stages { get; init; } = [];

    public IReadOnlyList<IndexScan> IndexScans { get; init; } = [];

    public bool CollectionScan { get; init; }

    /// <summary>A blocking sort: a <c>SORT</c> stage in the plan, or a <c>$sort</c> stage left in the pipeline.</summary>
    public bool InMemorySort { get; init; }

    /// <summary>Answered from the index alone: index scans, no <c>FETCH</c>, no document examined.</summary>
    public bool Covered { get; init; }

    /// <summary>The plan in the log's <c>planSummary</c> form: <c>IXSCAN { age: 1 }</c>, <c>COLLSCAN</c>.</summary>
    public string PlanSummary { get; init; } = "";

    public long? KeysExamined { get; init; }

    public long? DocsExamined { get; init; }

    public long? Returned { get; init; }

    public double? ExecutionTimeMillis { get; init; }

    /// <summary>Shard names of a sharded explain.</summary>
    public IReadOnlyList<string> Shards { get; init; } = [];

    public string? ServerVersion { get; init; }

    /// <summary>"1" classic, "2" slot-based (SBE); null before 5.1.</summary>
    public string? ExplainVersion { get; init; }

    /// <summary>The advisor's view of this explain: one execution of its shape.</summary>
    public ShapeEvidence ToEvidence() => new(Shape)
    {
        Count = 1,
        TotalMillis = ExecutionTimeMillis ?? 0,
        KeysExamined = KeysExamined ?? 0,
        DocsExamined = DocsExamined ?? 0,
        Returned = Returned ?? 0,
        CollectionScans = CollectionScan ? 1 : 0,
        InMemorySorts = InMemorySort ? 1 : 0,
        PlanSummaries = PlanSummary.Length == 0 ? [] : [PlanSummary],
        MultikeyPaths = IndexScans.SelectMany(scan => scan.MultikeyPaths).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        Sources = ["explain"],
    };
}
