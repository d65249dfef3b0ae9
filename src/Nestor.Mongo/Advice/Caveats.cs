using System.Globalization;
using System.Text.RegularExpressions;
using Nestor.Mongo.Indexes;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Advice;

/// <summary>The warnings that go with an index plan: each one a fact about the plan and what to do about it.</summary>
public static partial class Caveats
{
    private static readonly HashSet<string> LowCardinalityNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "status", "state", "type", "kind", "active", "enabled", "disabled", "deleted", "archived", "visible",
        "hidden", "published", "verified", "gender", "role", "level", "priority", "category", "flag", "locale",
        "lang", "language", "country", "currency",
    };

    /// <summary>Every insert and delete, and updates of its fields, also write this index.</summary>
    public static string WriteCost(IReadOnlyList<IndexKey> keys, int existingIndexes, long writesInEvidence)
    {
        var fields = string.Join(", ", keys.Select(key => $"`{key.Path}`"));
        var writes = writesInEvidence > 0
            ? string.Create(CultureInfo.InvariantCulture, $"; the evidence holds {writesInEvidence:N0} slow write{(writesInEvidence == 1 ? "" : "s")} on this collection")
            : "";
        return $"write cost: every insert and delete, and every update that changes {fields}, also writes this index; "
            + $"the collection has {existingIndexes} index{(existingIndexes == 1 ? "" : "es")} already{writes}";
    }

    /// <summary>
    /// A leading field that is a flag or an enum (by name, or constrained only by <c>$exists</c>/<c>$type</c>)
    /// narrows little when a query filters on it alone.
    /// </summary>
    public static string? LowSelectivityLeadingField(IReadOnlyList<IndexKey> keys, IEnumerable<IndexRequirement> served)
    {
        var leading = keys[0].Path;
        foreach (var requirement in served)
        {
            var alone = requirement.Equality.Count == 1 && requirement.Equality[0].Path == leading;
            var weakRange = requirement.Equality.Count == 0 && requirement.Sort.Count == 0
                && requirement.Range.Any(p => p.Path == leading && p.Kind is PredicateKind.Exists or PredicateKind.Type);
            if (weakRange)
            {
                return $"low selectivity: the leading field `{leading}` is constrained only by $exists/$type, which most documents match; lead with a more selective field or use a partial index";
            }

            if (alone && LooksLowCardinality(leading))
            {
                return $"low selectivity: the leading field `{leading}` looks like a flag or an enum; if one value covers most documents the index narrows little: lead with a more selective equality field, or make it a partial index ({{ partialFilterExpression: {{ {KeyPattern.FieldName(leading)}: ... }} }})";
            }
        }

        return null;
    }

    /// <summary>Array fields make the index multikey.</summary>
    public static string ArrayField(string path) =>
        $"`{path}` holds arrays: the index is multikey (one entry per element), larger and costlier to write; a compound index may hold only one array field per document";

    /// <summary>An <c>$in</c> followed by a sort is placed like a range.</summary>
    public static string InBehindSort(IEnumerable<string> paths)
    {
        var list = string.Join(", ", paths.Select(path => $"`{path}`"));
        return $"{list} use $in before a sort: several values come out of the index as separate runs, so ESR treats $in as a range and places it after the sort keys; if the list always holds one value, it is an equality and may lead";
    }

    public static string Regex(IEnumerable<string> paths) =>
        $"{string.Join(", ", paths.Select(path => $"`{path}`"))} matched by a regular expression: only a case-sensitive prefix (/^abc/) gives tight index bounds; other patterns read the whole range";

    public static string SeveralRanges(IReadOnlyList<string> ranges) =>
        $"only the first range field (`{ranges[0]}`) narrows the scan; {string.Join(", ", ranges.Skip(1).Select(path => $"`{path}`"))} filter the index keys without narrowing it (put the most selective range first)";

    public static string NotIndexable(IEnumerable<FieldPredicate> predicates) =>
        $"{string.Join(", ", predicates.Select(p => $"`{p.Path}` ({QueryShapeFingerprint.Token(p.Kind)})"))} cannot narrow an index scan: checked on each document the index returns";

    public static string OrBranches(int branches) =>
        $"$or: the query uses indexes only when each of its {branches} branches has one; the other branches' indexes are listed as their own plans or as existing";

    public const string Dynamic = "the shape is partly unknown (a truncated command, or a filter built at run time): check the full query before creating the index";

    public static string SameKeysNotCounted(IndexDefinition existing, string why) =>
        $"`{existing.Name}` already has these keys but is not counted: {why}; changing it may be enough";

    public static bool LooksLowCardinality(string path)
    {
        var last = path[(path.LastIndexOf('.') + 1)..];
        return LowCardinalityNames.Contains(last) || FlagName().IsMatch(last);
    }

    [GeneratedRegex("^(is|has|can|should)[A-Z_]")]
    private static partial Regex FlagName();
}
