using Nestor.Mongo.Indexes;

namespace Nestor.Mongo.Advice;

/// <summary>
/// Finds indexes that <c>$indexStats</c> shows with zero operations on every host that reported
/// them. The counters are per host and start again at each restart, so the report says on which
/// hosts and since when; unique and TTL indexes are listed as kept, and <c>_id</c> is never listed.
/// </summary>
public static class UnusedIndexFinder
{
    public static IReadOnlyList<UnusedIndex> Find(IEnumerable<IndexUsage> usage, IReadOnlyList<IndexDefinition> existing, IReadOnlyList<ServedShape> served)
    {
        var found = new List<UnusedIndex>();
        foreach (var group in usage.GroupBy(u => (u.Namespace, u.Name)))
        {
            if (group.Any(u => u.Ops > 0 || u.Building) || group.Key.Name == "_id_")
            {
                continue;
            }

            var (ns, name) = group.Key;
            var index = existing.FirstOrDefault(e => e.Name == name && NamespaceParts.SameCollection(e.Namespace, ns));
            if (index?.IsIdIndex == true)
            {
                continue;
            }

            var hosts = group.Select(u => u.Shard is null ? u.Host : $"{u.Shard}/{u.Host}").OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            var since = group.Select(u => u.Since).Where(s => s is not null).DefaultIfEmpty(null).Min();
            found.Add(new UnusedIndex(ns, name, index, since, hosts, Kept(index))
            {
                Notes = Notes(ns, name, index, hosts, served),
                DropCommand = PlanCommands.DropIndex(ns, name),
            });
        }

        return found
            .OrderBy(u => u.Namespace, StringComparer.Ordinal)
            .ThenBy(u => u.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string? Kept(IndexDefinition? index) => index switch
    {
        { Unique: true } => "unique: it enforces a constraint even when no query uses it",
        { ExpireAfterSeconds: not null } => "TTL: it deletes expired documents even when no query uses it",
        _ => null,
    };

    private static List<string> Notes(string ns, string name, IndexDefinition? index, List<string> hosts, IReadOnlyList<ServedShape> served)
    {
        var notes = new List<string>();
        notes.Add(hosts.Count <= 1
            ? "the counter covers one host since its last restart: check every replica set member over a full business cycle before dropping"
            : $"zero on all {hosts.Count} hosts that reported it; counters restart with each host");
        if (index is null || !index.OptionsKnown)
        {
            notes.Add("its options are unknown here: make sure it is neither unique nor TTL before dropping (read getIndexes())");
        }

        if (served.Any(s => s.Indexes.Contains(name) && NamespaceParts.SameCollection(s.Evidence.Shape.Namespace, ns)))
        {
            notes.Add("it serves a slow shape in the evidence: the usage counters may be older than the queries, or from another host");
        }

        return notes;
    }
}
