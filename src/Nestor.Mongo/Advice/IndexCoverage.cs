using Nestor.Mongo.Indexes;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Advice;

/// <summary>Decides whether an index serves an <see cref="IndexRequirement"/> the way the ESR rule asks.</summary>
public static class IndexCoverage
{
    /// <summary>
    /// True when the key pattern starts with all the equality fields (in any order), goes on with
    /// the sort keys in order (every direction as asked, or every one reversed: the index is then
    /// walked backwards), and, when the query has range fields, goes on with one of them. Keys
    /// after that do not matter: an index serves every query its prefix serves.
    /// </summary>
    public static bool Serves(IReadOnlyList<IndexKey> keys, IndexRequirement requirement)
    {
        // Paths are unique within a requirement's groups and within a key pattern, so "the first
        // |E| keys are all equality fields" is "they are the equality set".
        var position = 0;
        for (var matched = 0; matched < requirement.Equality.Count; matched++, position++)
        {
            if (position >= keys.Count || !IsEqualityField(requirement, keys[position].Path) || !CanMatchEquality(keys[position]))
            {
                return false;
            }
        }

        int? orientation = null;
        foreach (var sortKey in requirement.Sort)
        {
            if (position >= keys.Count || keys[position].Path != sortKey.Path || !keys[position].IsOrdered)
            {
                return false;
            }

            var sameDirection = keys[position].Direction == sortKey.Direction ? 1 : -1;
            orientation ??= sameDirection;
            if (orientation != sameDirection)
            {
                return false;
            }

            position++;
        }

        return requirement.Range.Count == 0
            || (position < keys.Count && keys[position].IsOrdered && requirement.Range.Any(p => p.Path == keys[position].Path));
    }

    /// <summary>True when the existing index can be counted on to serve the requirement (see <see cref="WhyNotCounted"/>).</summary>
    public static bool Serves(IndexDefinition index, IndexRequirement requirement) =>
        WhyNotCounted(index) is null && Serves(index.Keys, requirement) && SparseIsSafe(index, requirement);

    /// <summary>
    /// Why an existing index is not counted on to serve any query, or null. A hidden index is not
    /// used by the planner; a partial index, or one with a collation, serves only the queries that
    /// match its filter or name its collation, which a shape does not tell.
    /// </summary>
    public static string? WhyNotCounted(IndexDefinition index)
    {
        if (index.Hidden)
        {
            return "it is hidden";
        }

        if (index.PartialFilterExpression is not null)
        {
            return $"it is partial ({index.PartialFilterExpression}): it serves only queries that match that filter";
        }

        if (index.Collation is not null)
        {
            return $"it has a collation ({index.Collation}): it serves string comparisons only for queries with that collation";
        }

        return null;
    }

    // A sparse index lacks the documents without its fields, so the planner uses it only when the
    // query itself excludes them: an equality or range on its first field does.
    private static bool SparseIsSafe(IndexDefinition index, IndexRequirement requirement) =>
        !index.Sparse
        || requirement.Equality.Any(p => p.Path == index.Keys[0].Path && p.Kind == PredicateKind.Equality)
        || requirement.Range.Any(p => p.Path == index.Keys[0].Path && p.Kind is PredicateKind.Range or PredicateKind.Regex or PredicateKind.In);

    private static bool IsEqualityField(IndexRequirement requirement, string path)
    {
        foreach (var predicate in requirement.Equality)
        {
            if (predicate.Path == path)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CanMatchEquality(IndexKey key) => key.IsOrdered || key.Kind == IndexKeyKind.Hashed;
}
