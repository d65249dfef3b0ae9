using Nestor.Mongo.Indexes;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Advice;

/// <summary>A place in the project's code that runs a query, with the shape the code gives it.</summary>
/// <param name="Path">The file, relative to the project root.</param>
/// <param name="Line">1-based line of the query call.</param>
public sealed record CodeQuerySite(string Path, int Line, QueryShape Shape)
{
    public override string ToString() => $"{Path}:{Line}";
}

/// <summary>
/// Ties code query sites to shapes seen in the evidence. Code does not know the database, and
/// Mongoose renames operations (<c>findOne</c> is a <c>find</c>, <c>countDocuments</c> an
/// <c>aggregate</c>), so a site matches a shape on what survives that: the same collection, the
/// same filter fields (also inside <c>$or</c> branches) and the same sort fields in order.
/// </summary>
public static class CodeSiteMatcher
{
    public static IReadOnlyList<CodeQuerySite> Matching(QueryShape shape, IEnumerable<CodeQuerySite> sites) =>
        sites
            .Where(site => Matches(site.Shape, shape))
            .OrderBy(site => site.Path, StringComparer.Ordinal)
            .ThenBy(site => site.Line)
            .ToList();

    public static bool Matches(QueryShape code, QueryShape evidence) =>
        NamespaceParts.SameCollection(code.Namespace, evidence.Namespace)
        && SamePaths(code.Filter, evidence.Filter)
        && BranchKeys(code).SequenceEqual(BranchKeys(evidence), StringComparer.Ordinal)
        && code.Sort.Select(key => key.Path).SequenceEqual(evidence.Sort.Select(key => key.Path), StringComparer.Ordinal);

    // Branch order does not change what a $or matches.
    private static IEnumerable<string> BranchKeys(QueryShape shape) =>
        shape.OrBranches.Select(branch => string.Join(',', PathSet(branch))).Order(StringComparer.Ordinal);

    private static IEnumerable<string> PathSet(IEnumerable<FieldPredicate> predicates) =>
        predicates.Select(predicate => predicate.Path).Distinct().Order(StringComparer.Ordinal);

    private static bool SamePaths(IEnumerable<FieldPredicate> left, IEnumerable<FieldPredicate> right) =>
        PathSet(left).SequenceEqual(PathSet(right), StringComparer.Ordinal);
}
