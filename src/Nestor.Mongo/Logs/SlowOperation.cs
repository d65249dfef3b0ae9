using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Logs;

/// <summary>Where an operation was read from.</summary>
public enum EvidenceFormat
{
    /// <summary>mongod 4.4+ structured log: one JSON object a line.</summary>
    JsonLog,

    /// <summary>mongod 2.x–4.2 text log.</summary>
    LegacyText,

    /// <summary>A <c>system.profile</c> document (JSON array, one document a line, or pretty-printed; Extended JSON v1 or v2).</summary>
    Profiler,
}

/// <summary>
/// One slow operation, whatever it was read from: its shape and the figures the server measured.
/// A figure the source does not carry is null (an old log has no <c>keysExamined</c>; an insert has no plan).
/// </summary>
public sealed class SlowOperation
{
    private bool isWriteBatchSummary;

    public required QueryShape Shape { get; init; }

    /// <summary>The namespace exactly as the source wrote it (<c>db.$cmd</c> for many commands); the shape holds the resolved one.</summary>
    public required string LogNamespace { get; init; }

    public required EvidenceFormat Format { get; init; }

    /// <summary>1-based line (or document) number in its input.</summary>
    public long Line { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The thread or connection (<c>conn42</c>) that ran it, when the source says.</summary>
    public string? Context { get; init; }

    public double DurationMillis { get; init; }

    public long? KeysExamined { get; init; }

    public long? DocsExamined { get; init; }

    public long? NReturned { get; init; }

    public long? ResponseLength { get; init; }

    public long? NumYields { get; init; }

    public long? PlanningTimeMicros { get; init; }

    public string? PlanSummary { get; init; }

    /// <summary>A blocking (in-memory) sort: <c>hasSortStage</c>, or <c>scanAndOrder</c> on 2.6/3.0.</summary>
    public bool HasSortStage { get; init; }

    public bool UsedDisk { get; init; }

    public bool FromMultiPlanner { get; init; }

    public bool FromPlanCache { get; init; }

    public bool Replanned { get; init; }

    /// <summary><c>queryHash</c>, or <c>planCacheShapeHash</c> from 8.0 on: the server's plan-cache shape.</summary>
    public string? QueryHash { get; init; }

    public string? PlanCacheKey { get; init; }

    /// <summary>8.0's <c>queryShapeHash</c> (or <c>originalQueryShapeHash</c> on a shard).</summary>
    public string? QueryShapeHash { get; init; }

    public string? AppName { get; init; }

    /// <summary>
    /// A command-level <c>update</c>/<c>delete</c> whose statements were already logged one by one on the same connection:
    /// counted once, on the statements, so this one is left out of the digest's figures.
    /// </summary>
    public bool IsWriteBatchSummary { get => isWriteBatchSummary; init => isWriteBatchSummary = value; }

    // Set after construction only when lines were parsed out of order and their pairing is replayed in order.
    internal void MarkAsWriteBatchSummary() => isWriteBatchSummary = true;
}
