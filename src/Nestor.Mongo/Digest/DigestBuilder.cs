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
/// Each thread that parses lines interns its own instances of a log's strings, so the operations given here carry a
/// few instances of each namespace: counts are found by instance first (<see cref="InstanceCache{TKey, TValue}"/>),
/// and by content only when that misses. Shapes read from a JSON log are one instance each across threads
/// (<see cref="SharedShapes"/>), so a row is found by reference. This runs once per operation, on the one thread that
/// applies results in input order.
/// </remarks>
public sealed class DigestBuilder(DigestOptions options)
{
    private readonly Dictionary<QueryShape, DigestRow> rows = [];
    private readonly Dictionary<string, NamespaceTally> namespaces = new(StringComparer.Ordinal);
    private readonly InstanceCache<string, NamespaceTally> namespacesByInstance = new(256);
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

        var tally = TallyOf(operation.LogNamespace);
        if (operation.IsWriteBatchSummary)
        {
            WriteBatchSummaries++;
            tally.WriteBatchSummaries++;
            return;
        }

        tally.Operations++;
        RowOf(operation.Shape).Add(operation, input);
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
        namespaces.OrderBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => KeyValuePair.Create(n.Key, new NamespaceCount(n.Value.Operations, n.Value.WriteBatchSummaries)))
            .ToArray();

    private DigestRow RowOf(QueryShape shape)
    {
        ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(rows, shape, out _);
        return row ??= new DigestRow(shape, shape.Fingerprint);
    }

    private NamespaceTally TallyOf(string ns)
    {
        if (namespacesByInstance.TryGet(ns, out var tally))
        {
            return tally;
        }

        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(namespaces, ns, out _);
        known ??= new NamespaceTally();
        namespacesByInstance.Set(ns, known);
        return known;
    }

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

/// <summary>The counts behind a <see cref="NamespaceCount"/>, updated in place on every operation.</summary>
internal sealed class NamespaceTally
{
    public long Operations;
    public long WriteBatchSummaries;
}
