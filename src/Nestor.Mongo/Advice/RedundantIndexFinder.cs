using Nestor.Mongo.Indexes;

namespace Nestor.Mongo.Advice;

/// <summary>
/// Finds existing indexes that another index of the same collection makes useless: a prefix of a
/// longer index (or the same keys again), with the same collation and no difference in unique,
/// sparse or partial filter. Unique, TTL, hidden, <c>_id</c> and special (text, hashed, geo,
/// wildcard) indexes are never reported: they do something the longer index does not.
/// </summary>
public static class RedundantIndexFinder
{
    public static IReadOnlyList<RedundantIndex> Find(IEnumerable<IndexDefinition> indexes)
    {
        var byCollection = indexes
            .GroupBy(index => NamespaceParts.Collection(index.Namespace), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var found = new List<RedundantIndex>();
        foreach (var index in byCollection.Values.SelectMany(list => list).Where(CanBeRedundant))
        {
            var coveredBy = byCollection[NamespaceParts.Collection(index.Namespace)]
                .Where(other => !ReferenceEquals(other, index) && Covers(other, index))
                .OrderBy(other => other.Keys.Count).ThenBy(other => other.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            if (coveredBy is not null)
            {
                found.Add(new RedundantIndex(index, coveredBy) { DropCommand = PlanCommands.DropIndex(index.Namespace, index.Name) });
            }
        }

        return found
            .OrderBy(r => r.Index.Namespace, StringComparer.Ordinal)
            .ThenBy(r => r.Index.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// True when <paramref name="prefix"/> is the start of <paramref name="keys"/> with every
    /// direction equal, or every direction reversed (the longer index is then read backwards).
    /// </summary>
    public static bool IsPrefix(IReadOnlyList<IndexKey> prefix, IReadOnlyList<IndexKey> keys)
    {
        if (prefix.Count > keys.Count || prefix.Count == 0)
        {
            return false;
        }

        var same = true;
        var reversed = true;
        for (var i = 0; i < prefix.Count; i++)
        {
            if (prefix[i].Path != keys[i].Path || !prefix[i].IsOrdered || !keys[i].IsOrdered)
            {
                return false;
            }

            same &= prefix[i].Kind == keys[i].Kind;
            reversed &= prefix[i].Kind != keys[i].Kind;
        }

        return same || reversed;
    }

    private static bool CanBeRedundant(IndexDefinition index) =>
        !index.IsIdIndex
        && index.OptionsKnown
        && index.ExpireAfterSeconds is null
        && !index.Hidden
        && index.IsPlainBTree;

    private static bool Covers(IndexDefinition longer, IndexDefinition index)
    {
        if (!NamespaceParts.SameCollection(longer.Namespace, index.Namespace)
            || !longer.OptionsKnown || longer.Hidden || !longer.IsPlainBTree
            || longer.Unique != index.Unique || longer.Sparse != index.Sparse
            || longer.PartialFilterExpression != index.PartialFilterExpression
            || longer.Collation != index.Collation)
        {
            return false;
        }

        if (longer.Keys.Count == index.Keys.Count)
        {
            // The same keys twice: the one that sorts later by name is the spare.
            return longer.Keys.SequenceEqual(index.Keys) && string.CompareOrdinal(longer.Name, index.Name) < 0;
        }

        // A unique index on fewer fields is a stronger constraint than the longer one's.
        return !index.Unique && IsPrefix(index.Keys, longer.Keys);
    }
}
