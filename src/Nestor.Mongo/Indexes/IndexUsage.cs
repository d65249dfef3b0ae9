namespace Nestor.Mongo.Indexes;

/// <summary>
/// How often one index was used on one host, from <c>$indexStats</c>: <c>accesses.ops</c> counts
/// uses since <c>accesses.since</c> (the server's start or the index's creation) on that host only.
/// </summary>
public sealed record IndexUsage(string Namespace, string Name, long Ops, DateTimeOffset? Since)
{
    /// <summary>The <c>host</c> field (<c>hostname:port</c>), when present.</summary>
    public string? Host { get; init; }

    /// <summary>The <c>shard</c> field of a sharded cluster, when present.</summary>
    public string? Shard { get; init; }

    /// <summary>True while the index was still being built (<c>building: true</c>).</summary>
    public bool Building { get; init; }
}
