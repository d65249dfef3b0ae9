using Nestor.Mongo.Indexes;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Advice;

/// <summary>The key pattern the ESR rule gives one requirement, and what had to be left out of it.</summary>
public sealed record PlannedKeys(IReadOnlyList<IndexKey> Keys, IReadOnlyList<string> Caveats);

/// <summary>
/// Writes the index the ESR rule asks for: equality fields, then the sort keys with their
/// directions, then the range fields. The order among equality fields does not change what the
/// index can do for the query; it is chosen so that fields shared by more queries of the
/// collection come first, which lets one index serve several queries through its prefix.
/// </summary>
public static class EsrPlanner
{
    /// <summary>MongoDB refuses compound indexes with more fields than this.</summary>
    public const int MaxKeys = 32;

    /// <param name="sharedEquality">How many requirements of the collection use each field for equality.</param>
    /// <param name="arrayPaths">Fields known to hold arrays (multikey).</param>
    public static PlannedKeys Plan(IndexRequirement requirement, IReadOnlyDictionary<string, int> sharedEquality, IReadOnlySet<string> arrayPaths)
    {
        var equality = requirement.Equality
            .OrderByDescending(p => sharedEquality.GetValueOrDefault(p.Path))
            .ThenBy(p => ClassOrder(p.Kind))
            .ThenBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => IndexKey.Ascending(p.Path));
        var sort = requirement.Sort.Select(key => IndexKey.Ordered(key.Path, key.Direction));
        var range = requirement.Range.Select(p => IndexKey.Ascending(p.Path));

        var keys = new List<IndexKey>();
        var caveats = new List<string>();
        string? arrayKept = null;
        foreach (var key in equality.Concat(sort).Concat(range))
        {
            if (IsArray(key.Path, requirement, arrayPaths))
            {
                if (arrayKept is not null)
                {
                    caveats.Add($"`{key.Path}` left out: it holds arrays like `{arrayKept}`, and a compound index may index at most one array field per document");
                    continue;
                }

                arrayKept = key.Path;
            }

            if (keys.Count == MaxKeys)
            {
                caveats.Add($"`{key.Path}` and later fields left out: an index has at most {MaxKeys} fields");
                break;
            }

            keys.Add(key);
        }

        return new PlannedKeys(keys, caveats);
    }

    private static bool IsArray(string path, IndexRequirement requirement, IReadOnlySet<string> arrayPaths) =>
        arrayPaths.Contains(path)
        || requirement.Equality.Any(p => p.Path == path && p.Kind is PredicateKind.All or PredicateKind.ElemMatch);

    private static int ClassOrder(PredicateKind kind) => kind switch
    {
        PredicateKind.Equality => 0,
        PredicateKind.In => 1,
        PredicateKind.All => 2,
        _ => 3,
    };
}
