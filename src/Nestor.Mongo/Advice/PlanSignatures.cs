using System.Text;
using Nestor.Mongo.Indexes;

namespace Nestor.Mongo.Advice;

/// <summary>
/// Finds, among indexes registered so far, the first that serves a requirement, in time linear in
/// the number of requirements. <see cref="IndexCoverage.Serves(IReadOnlyList{IndexKey}, IndexRequirement)"/>
/// looks at a prefix of the key pattern only: the equality fields as a set, the sort keys in order
/// up to a reversal of every direction, and one range field. Each registered index is filed under
/// every such prefix it has, so a lookup is a few dictionary probes instead of a walk over all
/// indexes (a log can hold thousands of distinct shapes).
/// </summary>
public sealed class PlanSignatures
{
    private readonly Dictionary<string, int> first = new(StringComparer.Ordinal);

    /// <summary>Files an index of plain ascending/descending keys under number <paramref name="id"/>; earlier numbers win.</summary>
    public void Register(IReadOnlyList<IndexKey> keys, int id)
    {
        if (!keys.All(key => key.IsOrdered))
        {
            return;
        }

        for (var equality = 0; equality <= keys.Count; equality++)
        {
            var equalitySet = EqualitySet(keys.Take(equality).Select(key => key.Path));
            for (var sort = 0; equality + sort <= keys.Count; sort++)
            {
                var sortKeys = SortText(keys.Skip(equality).Take(sort).Select(key => (key.Path, key.Direction)));
                first.TryAdd(Signature(equalitySet, sortKeys, ""), id);
                if (equality + sort < keys.Count)
                {
                    first.TryAdd(Signature(equalitySet, sortKeys, keys[equality + sort].Path), id);
                }
            }
        }
    }

    /// <summary>The lowest number of a registered index that serves the requirement, or null.</summary>
    public int? Find(IndexRequirement requirement)
    {
        var equalitySet = EqualitySet(requirement.Equality.Select(p => p.Path));
        var sortKeys = SortText(requirement.Sort.Select(key => (key.Path, key.Direction)));
        if (requirement.Range.Count == 0)
        {
            return first.TryGetValue(Signature(equalitySet, sortKeys, ""), out var id) ? id : null;
        }

        int? best = null;
        foreach (var range in requirement.Range.Select(p => p.Path).Distinct(StringComparer.Ordinal))
        {
            if (first.TryGetValue(Signature(equalitySet, sortKeys, range), out var id) && (best is null || id < best))
            {
                best = id;
            }
        }

        return best;
    }

    private static string EqualitySet(IEnumerable<string> paths) => string.Join('\u0001', paths.Order(StringComparer.Ordinal));

    // Directions are written relative to the first key, since an index read backwards gives the reverse sort.
    private static string SortText(IEnumerable<(string Path, int Direction)> keys)
    {
        var text = new StringBuilder();
        int? firstDirection = null;
        foreach (var (path, direction) in keys)
        {
            firstDirection ??= direction;
            text.Append(path).Append(direction == firstDirection ? '+' : '-').Append('\u0001');
        }

        return text.ToString();
    }

    private static string Signature(string equality, string sort, string range) => $"{equality}\u0002{sort}\u0002{range}";
}
