using Nestor.Mongo.Indexes;

namespace Nestor.Mongo.Advice;

/// <summary>Thresholds of the advisor; the defaults are documented in docs/mongo-advise.md.</summary>
public sealed record AdviceOptions
{
    /// <summary>A shape "scans" when it reads at least this many documents (or keys) per document returned...</summary>
    public double MinExaminedPerReturned { get; init; } = 10;

    /// <summary>...and reads at least this many more documents (or keys) than it returns.</summary>
    public long MinWastedReads { get; init; } = 100;
}

/// <summary>Everything the advisor works from. Only <see cref="Evidence"/> is required.</summary>
public sealed record AdviceInput
{
    public IReadOnlyList<ShapeEvidence> Evidence { get; init; } = [];

    /// <summary>Indexes that exist (or are declared in the project's schemas).</summary>
    public IReadOnlyList<IndexDefinition> ExistingIndexes { get; init; } = [];

    /// <summary><c>$indexStats</c> counters, one per index and host.</summary>
    public IReadOnlyList<IndexUsage> Usage { get; init; } = [];

    /// <summary>Query sites from the project's code, to point each slow shape at its source lines.</summary>
    public IReadOnlyList<CodeQuerySite> CodeSites { get; init; } = [];

    /// <summary>The Mongoose schema variable of each collection (<c>orders</c> → <c>OrderSchema</c>), when the project tells.</summary>
    public IReadOnlyDictionary<string, string> SchemaNames { get; init; } = new Dictionary<string, string>();

    public AdviceOptions Options { get; init; } = new();
}

/// <summary>A shape served by an index, with its part of all the time in the evidence.</summary>
/// <param name="Share">The shape's time over the time of every shape in the evidence (0 to 1).</param>
/// <param name="Branches">The <c>$or</c> branches this index serves (empty for a query without <c>$or</c>).</param>
public sealed record ShapeShare(ShapeEvidence Evidence, double Share, IReadOnlyList<int> Branches, IReadOnlyList<CodeQuerySite> CodeSites);

/// <summary>One index to create: what, why (the shapes and their time), how, and what to watch.</summary>
public sealed record IndexPlan(string Namespace, IReadOnlyList<IndexKey> Keys)
{
    public int Rank { get; init; }

    /// <summary>Milliseconds spent by the shapes it serves (each shape counted once).</summary>
    public double ImpactMillis { get; init; }

    /// <summary><see cref="ImpactMillis"/> over the time of every shape in the evidence.</summary>
    public double Share { get; init; }

    public IReadOnlyList<ShapeShare> Shapes { get; init; } = [];

    public IReadOnlyList<string> Caveats { get; init; } = [];

    /// <summary>Existing indexes that this one makes redundant: drop them once it is built.</summary>
    public IReadOnlyList<IndexDefinition> Replaces { get; init; } = [];

    public string Name => IndexDefinition.DefaultName(Keys);

    public string KeyPatternText => KeyPattern.Format(Keys);

    public string MongoshCommand { get; init; } = "";

    public string MongooseLine { get; init; } = "";
}

/// <summary>A slow shape that existing indexes already serve.</summary>
/// <param name="Indexes">The index that serves it (one per <c>$or</c> branch).</param>
/// <param name="Note">Set when the evidence contradicts the index (the server scanned anyway).</param>
public sealed record ServedShape(ShapeEvidence Evidence, double Share, IReadOnlyList<string> Indexes, string? Note, IReadOnlyList<CodeQuerySite> CodeSites);

/// <summary>A slow shape that no index can help, and why.</summary>
public sealed record UnplannableShape(ShapeEvidence Evidence, double Share, string Reason, IReadOnlyList<CodeQuerySite> CodeSites);

/// <summary>An existing index whose every use is also served by a longer one.</summary>
public sealed record RedundantIndex(IndexDefinition Index, IndexDefinition CoveredBy)
{
    public string DropCommand { get; init; } = "";
}

/// <summary>An index with no recorded use on any host that reported it.</summary>
/// <param name="Index">Its definition, when known.</param>
/// <param name="Since">The earliest <c>accesses.since</c> among the hosts: the counters start there.</param>
/// <param name="Kept">Why it must not be dropped for lack of use alone (unique, TTL), or null.</param>
public sealed record UnusedIndex(string Namespace, string Name, IndexDefinition? Index, DateTimeOffset? Since, IReadOnlyList<string> Hosts, string? Kept)
{
    /// <summary>What to check before dropping it.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public string DropCommand { get; init; } = "";
}

/// <summary>The advisor's answer.</summary>
public sealed record AdviceReport
{
    public IReadOnlyList<IndexPlan> Plans { get; init; } = [];

    public IReadOnlyList<ServedShape> Served { get; init; } = [];

    public IReadOnlyList<UnplannableShape> Unplannable { get; init; } = [];

    public IReadOnlyList<RedundantIndex> Redundant { get; init; } = [];

    public IReadOnlyList<UnusedIndex> Unused { get; init; } = [];

    /// <summary>Distinct shapes in the evidence.</summary>
    public int ShapeCount { get; init; }

    /// <summary>Shapes that read about what they return: nothing to plan.</summary>
    public int EfficientShapeCount { get; init; }

    /// <summary>Shapes that are not queries an index serves (inserts, other commands).</summary>
    public int OtherShapeCount { get; init; }

    /// <summary>Shapes on the server's own collections (admin, config, local, system.*): not advised.</summary>
    public int InternalShapeCount { get; init; }

    public double TotalMillis { get; init; }
}
