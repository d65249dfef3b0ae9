using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Nestor.Mongo.Logs;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Digest;

/// <summary>
/// Groups slow operations by the fingerprint of their shape (hashed and compared through <see cref="QueryShape"/>,
/// which writes its fingerprint once). Memory grows with the number of distinct shapes and namespaces, never with the
/// number of operations.
/// </summary>
/// <remarks>
/// This runs once per operation, on the one thread that applies results in input order. Shapes read from a JSON log are
/// one instance each across the reading threads (<see cref="SharedShapes"/>), so a row is found by reference rather
/// than by comparing fingerprints.
/// </remarks>
public sealed class DigestBuilder(DigestOptions options)
{
    private readonly Dictionary<QueryShape, DigestRow> rows = [];
    private readonly Dictionary<string, NamespaceCount> namespaces = new(StringComparer.Ordinal);
    private readonly NamespaceGlob? glob = options.NamespacePattern is { } pattern ? new NamespaceGlob(pattern) : null;

    public DigestOptions Options => options;

    /// <summary>Operations left out by <c>--since</c>/<c>--until</c> (including those without a timestamp when a window is set) or <c>--ns</c>.</summary>
    public long FilteredOut { get; private set; }

    /// <summary>Command-level update/delete lines whose statements were counted already (see <see cref="SlowOperation.IsWriteBatchSummary"/>).</summary>
    public long WriteBatchSummaries { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(SlowOperation operation, string input)
    {
        if (!Keeps(operation))
        {
            FilteredOut++;
            return;
        }

        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(namespaces, operation.LogNamespace, out _);
        if (operation.IsWriteBatchSummary)
        {
            WriteBatchSummaries++;
            count = count with { WriteBatchSummaries = count.WriteBatchSummaries + 1 };
            return;
        }

        count = count with { Operations = count.Operations + 1 };
        if (!rows.TryGetValue(operation.Shape, out var row))
        {
            row = new DigestRow(operation.Shape, operation.Shape.Fingerprint);
            rows.Add(operation.Shape, row);
        }

        row.Add(operation, input);
    }

    /// <summary>The rows in the order asked for, cut to <see cref="DigestOptions.Top"/>.</summary>
    public IReadOnlyList<DigestRow> Rows()
    {
        var ordered = rows.Values.OrderByDescending(SortKey).ThenBy(r => r.Fingerprint, StringComparer.Ordinal);
        return (options.Top is { } top ? ordered.Take(top) : ordered).ToArray();
    }

    public int ShapeCount => rows.Count;

    /// <summary>Per namespace as the source wrote it: operations digested and write summaries left out.</summary>
    public IReadOnlyList<KeyValuePair<string, NamespaceCount>> Namespaces =>
        namespaces.OrderBy(n => n.Key, StringComparer.Ordinal).ToArray();

    private bool Keeps(SlowOperation operation)
    {
        if (options.Since is not null || options.Until is not null)
        {
            if (operation.Timestamp is not { } time || time < options.Since || time > options.Until)
            {
                return false;
            }
        }

        return glob is null || glob.Matches(operation.Shape.Namespace);
    }

    private double SortKey(DigestRow row) => options.Sort switch
    {
        DigestSort.Count => row.Count,
        DigestSort.Mean => row.Durations.Mean,
        DigestSort.P95 => row.Durations.Percentile(95),
        DigestSort.Max => row.Durations.Max,
        DigestSort.DocsRatio => row.DocsExaminedPerReturned ?? -1,
        _ => row.Durations.Sum,
    };
}

/// <summary>Slow operations of one namespace: digested, and write summaries left out so that nothing counts twice.</summary>
public readonly record struct NamespaceCount(long Operations, long WriteBatchSummaries);
