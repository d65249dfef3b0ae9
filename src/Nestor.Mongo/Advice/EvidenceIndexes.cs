using Nestor.Mongo.Indexes;
using Nestor.Mongo.Logs;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Advice;

/// <summary>
/// The indexes the evidence itself shows: every index scan of a plan summary
/// (<c>IXSCAN { status: 1 }</c>) names an index that existed when the query ran. They count as
/// existing, with unknown options, so that a shape the server already runs on an index is not
/// given the same index again.
/// </summary>
public static class EvidenceIndexes
{
    private static readonly HashSet<string> IndexScanStages = new(StringComparer.Ordinal)
    {
        "IXSCAN", "EXPRESS_IXSCAN", "COUNT_SCAN", "DISTINCT_SCAN",
    };

    public static IReadOnlyList<IndexDefinition> FromPlans(IEnumerable<ShapeEvidence> evidence)
    {
        var found = new Dictionary<(string, string), IndexDefinition>();
        foreach (var item in evidence)
        {
            foreach (var stage in item.PlanSummaries.SelectMany(PlanSummary.Parse))
            {
                if (stage.KeyPattern is null || !IndexScanStages.Contains(stage.Stage))
                {
                    continue;
                }

                var keys = IndexSpecReader.ReadKeys(ShellDocumentParser.Parse(stage.KeyPattern).Document, null, out _);
                if (keys is not null)
                {
                    var index = new IndexDefinition(item.Shape.Namespace, IndexDefinition.DefaultName(keys), keys) { OptionsKnown = false, Source = IndexSources.Plan };
                    found.TryAdd((index.Namespace, index.KeyPatternText), index);
                }
            }
        }

        return found.Values.OrderBy(index => index.Namespace, StringComparer.Ordinal).ThenBy(index => index.Name, StringComparer.Ordinal).ToList();
    }
}
