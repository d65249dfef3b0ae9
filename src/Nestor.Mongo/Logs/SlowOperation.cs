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
    // The optional figures are stored as plain numbers with one bit each saying whether the source gave them: a digest
    // makes one operation per slow line on a reading thread and applies it on another, so a smaller object is less to
    // allocate and less to move between the processors' caches (six nullable longs take twice the room).
    private long keysExamined;
    private long docsExamined;
    private long nReturned;
    private long responseLength;
    private long numYields;
    private long planningTimeMicros;
    private Figures present;
    private bool isWriteBatchSummary;

    [Flags]
    private enum Figures : byte
    {
        None = 0,
        KeysExamined = 1,
        DocsExamined = 2,
        NReturned = 4,
        ResponseLength = 8,
        NumYields = 16,
        PlanningTimeMicros = 32,
    }

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

    public long? KeysExamined { get => Get(Figures.KeysExamined, keysExamined); init => Set(Figures.KeysExamined, ref keysExamined, value); }

    public long? DocsExamined { get => Get(Figures.DocsExamined, docsExamined); init => Set(Figures.DocsExamined, ref docsExamined, value); }

    public long? NReturned { get => Get(Figures.NReturned, nReturned); init => Set(Figures.NReturned, ref nReturned, value); }

    public long? ResponseLength { get => Get(Figures.ResponseLength, responseLength); init => Set(Figures.ResponseLength, ref responseLength, value); }

    public long? NumYields { get => Get(Figures.NumYields, numYields); init => Set(Figures.NumYields, ref numYields, value); }

    public long? PlanningTimeMicros { get => Get(Figures.PlanningTimeMicros, planningTimeMicros); init => Set(Figures.PlanningTimeMicros, ref planningTimeMicros, value); }

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

    private long? Get(Figures figure, long value) => (present & figure) != 0 ? value : null;

    // Init-only: each figure is set at most once, when the operation is made.
    private void Set(Figures figure, ref long field, long? value)
    {
        if (value is { } given)
        {
            field = given;
            present |= figure;
        }
    }
}
