using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Advice;

/// <summary>
/// What an index must offer one query (or one <c>$or</c> branch) under the ESR rule: equality
/// fields first (any order among them), then the sort keys in order with their directions, then
/// the range fields. Predicates no index can narrow are kept aside for the caveats.
/// </summary>
/// <param name="Branch">The <c>$or</c> branch (0-based), or -1 for a query without <c>$or</c>.</param>
/// <param name="InBehindSort">Fields whose <c>$in</c> was placed among the ranges because a sort follows it.</param>
public sealed record IndexRequirement(
    string Namespace,
    int Branch,
    IReadOnlyList<FieldPredicate> Equality,
    IReadOnlyList<SortKey> Sort,
    IReadOnlyList<FieldPredicate> Range,
    IReadOnlyList<FieldPredicate> NotIndexable,
    IReadOnlyList<string> InBehindSort)
{
    /// <summary>True when no field and no sort can be served by an index.</summary>
    public bool IsEmpty => Equality.Count == 0 && Sort.Count == 0 && Range.Count == 0;

    /// <summary>Every path the requirement puts in an index, each once.</summary>
    public IEnumerable<string> Paths => Equality.Select(p => p.Path).Concat(Sort.Select(k => k.Path)).Concat(Range.Select(p => p.Path));
}

/// <summary>Splits a query shape into its <see cref="IndexRequirement"/>s: one, or one per <c>$or</c> branch.</summary>
public static class RequirementBuilder
{
    // Order of strength when one path carries several predicates, and the order of the classes in
    // an index: plain equality, $in, array matches, then the range-like kinds.
    private static readonly PredicateKind[] EqualityClass = [PredicateKind.Equality, PredicateKind.In, PredicateKind.All, PredicateKind.ElemMatch];
    private static readonly PredicateKind[] RangeClass = [PredicateKind.Range, PredicateKind.In, PredicateKind.Regex, PredicateKind.Type, PredicateKind.Exists];

    public static IReadOnlyList<IndexRequirement> Build(QueryShape shape)
    {
        if (shape.OrBranches.Count == 0)
        {
            return [ForPredicates(shape.Namespace, -1, shape.Filter, shape.Sort)];
        }

        // The AND part of the filter narrows every branch, so each branch's index may use it too.
        return shape.OrBranches
            .Select((branch, index) => ForPredicates(shape.Namespace, index, shape.Filter.Concat(branch), shape.Sort))
            .ToList();
    }

    public static IndexRequirement ForPredicates(string @namespace, int branch, IEnumerable<FieldPredicate> predicates, IReadOnlyList<SortKey> sort)
    {
        var strongest = predicates
            .GroupBy(predicate => predicate.Path, StringComparer.Ordinal)
            .Select(group => group.MinBy(predicate => Strength(predicate.Kind))!)
            .ToList();

        var equalityPaths = strongest.Where(p => p.Kind == PredicateKind.Equality).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var sortKeys = UsableSort(sort, equalityPaths);
        var sortPaths = sortKeys.Select(key => key.Path).ToHashSet(StringComparer.Ordinal);

        // An $in is a set of equalities for the bounds, but its values come out of the index in
        // several runs: a sort after it would still be done in memory, so it moves behind the sort.
        var inIsRange = sortKeys.Count > 0;
        var equality = strongest
            .Where(p => IsEquality(p.Kind, inIsRange) && !sortPaths.Contains(p.Path))
            .OrderBy(p => Array.IndexOf(EqualityClass, p.Kind)).ThenBy(p => p.Path, StringComparer.Ordinal)
            .ToList();
        var range = strongest
            .Where(p => IsRange(p.Kind, inIsRange) && !sortPaths.Contains(p.Path))
            .OrderBy(p => Array.IndexOf(RangeClass, p.Kind)).ThenBy(p => p.Path, StringComparer.Ordinal)
            .ToList();
        var notIndexable = strongest
            .Where(p => !IsEquality(p.Kind, inIsRange) && !IsRange(p.Kind, inIsRange))
            .ToList();
        var inBehindSort = inIsRange
            ? strongest.Where(p => p.Kind == PredicateKind.In).Select(p => p.Path).Order(StringComparer.Ordinal).ToList()
            : [];

        return new IndexRequirement(@namespace, branch, equality, sortKeys, range, notIndexable, inBehindSort);
    }

    private static bool IsEquality(PredicateKind kind, bool inIsRange) =>
        kind is PredicateKind.Equality or PredicateKind.All or PredicateKind.ElemMatch || (kind == PredicateKind.In && !inIsRange);

    private static bool IsRange(PredicateKind kind, bool inIsRange) =>
        kind is PredicateKind.Range or PredicateKind.Regex or PredicateKind.Type or PredicateKind.Exists || (kind == PredicateKind.In && inIsRange);

    private static int Strength(PredicateKind kind) => kind switch
    {
        PredicateKind.Equality => 0,
        PredicateKind.In => 1,
        PredicateKind.All => 2,
        PredicateKind.ElemMatch => 3,
        PredicateKind.Range => 4,
        PredicateKind.Regex => 5,
        PredicateKind.Type => 6,
        PredicateKind.Exists => 7,
        _ => 8,
    };

    // The sort keys an index must provide, without the equality fields, whose single value makes
    // their place in the sort irrelevant. A sort with a key no index can give ($meta, $natural) is
    // done in memory whatever the index, so then the index need not provide any of it.
    private static List<SortKey> UsableSort(IReadOnlyList<SortKey> sort, HashSet<string> equalityPaths)
    {
        var keys = new List<SortKey>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in sort)
        {
            if (key.Direction == 0 || key.Path.StartsWith('$'))
            {
                return [];
            }

            if (!equalityPaths.Contains(key.Path) && seen.Add(key.Path))
            {
                keys.Add(key);
            }
        }

        return keys;
    }
}
