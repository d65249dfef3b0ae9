using System.Numerics;
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
/// This runs once per operation, on the one thread that applies results in input order, while the log streams through
/// the processor's caches: what costs is the number of distinct objects an operation touches, each a likely cache miss.
/// Shapes read from a JSON log are one numbered instance each across the reading threads (<see cref="SharedShapes"/>),
/// so a row is found in an array by that number; a row remembers the namespace count of its last operation.
/// </remarks>
public sealed class DigestBuilder(DigestOptions options)
{
    // Shared shapes are numbered from 1 as they are met; beyond this many, rows are found by hashing alone.
    private const int MaxIndexedOrdinal = 1 << 20;

    private readonly Dictionary<QueryShape, DigestRow> rows = [];
    private readonly Dictionary<string, NamespaceTally> namespaces = new(StringComparer.Ordinal);
    private readonly NamespaceGlob? glob = options.NamespacePattern is { } pattern ? new NamespaceGlob(pattern) : null;
    private DigestRow?[] rowsByOrdinal = new DigestRow?[256];

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

        if (operation.IsWriteBatchSummary)
        {
            WriteBatchSummaries++;
            Tally(operation.LogNamespace).WriteBatchSummaries++;
            return;
        }

        var row = RowOf(operation.Shape);
        if (!ReferenceEquals(row.LastNamespace, operation.LogNamespace))
        {
            row.LastNamespace = operation.LogNamespace;
            row.LastNamespaceTally = Tally(operation.LogNamespace);
        }

        row.LastNamespaceTally!.Operations++;
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
        namespaces.OrderBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => KeyValuePair.Create(n.Key, new NamespaceCount(n.Value.Operations, n.Value.WriteBatchSummaries)))
            .ToArray();

    private NamespaceTally Tally(string logNamespace)
    {
        ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(namespaces, logNamespace, out _);
        return tally ??= new NamespaceTally();
    }

    // By the shape's number when it has one; by its fingerprint otherwise, and always before a number's first use, so that
    // equal shapes numbered differently (the shared table starts afresh past its bound) still share one row.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private DigestRow RowOf(QueryShape shape)
    {
        var ordinal = shape.SharedOrdinal;
        if ((uint)ordinal < (uint)rowsByOrdinal.Length && rowsByOrdinal[ordinal] is { } indexed)
        {
            return indexed;
        }

        if (!rows.TryGetValue(shape, out var row))
        {
            row = new DigestRow(shape, shape.Fingerprint);
            rows.Add(shape, row);
        }

        if (ordinal is > 0 and < MaxIndexedOrdinal)
        {
            if (ordinal >= rowsByOrdinal.Length)
            {
                Array.Resize(ref rowsByOrdinal, Math.Min((int)BitOperations.RoundUpToPowerOf2((uint)ordinal + 1), MaxIndexedOrdinal));
            }

            rowsByOrdinal[ordinal] = row;
        }

        return row;
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

/// <summary>A namespace's counts while a digest is built: one object, so that a row can keep a reference to it.</summary>
internal sealed class NamespaceTally
{
    public long Operations;
    public long WriteBatchSummaries;
}
