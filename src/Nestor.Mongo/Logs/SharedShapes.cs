using System.Collections.Concurrent;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Logs;

/// <summary>
/// One instance of each shape for every thread that reads a log. Each thread builds a shape it has not met in its own
/// <see cref="ShapeCache"/>; handing out the instance another thread built first lets a digest find its row by
/// reference (<see cref="QueryShape.Equals(QueryShape?)"/> tries that first) instead of comparing fingerprints on every
/// operation. Asked once per shape and thread, never per line. Each shared instance is also numbered
/// (<see cref="QueryShape.SharedOrdinal"/>), so that a digest finds its row in an array.
/// </summary>
internal static class SharedShapes
{
    // As the per-thread caches: beyond this bound the table starts afresh, so memory stays flat whatever the logs.
    private const int MaxEntries = 16_384;

    private static readonly ConcurrentDictionary<QueryShape, QueryShape> Shapes = new();
    private static int lastOrdinal;

    /// <summary>The shared instance equal to <paramref name="shape"/>: the same fingerprint, which writes everything a shape holds.</summary>
    public static QueryShape Of(QueryShape shape)
    {
        if (Shapes.TryGetValue(shape, out var known))
        {
            return known;
        }

        if (Shapes.Count >= MaxEntries)
        {
            Shapes.Clear();
        }

        var shared = Shapes.GetOrAdd(shape, shape);
        if (shared.SharedOrdinal == 0)
        {
            shared.AssignSharedOrdinal(Interlocked.Increment(ref lastOrdinal));
        }

        return shared;
    }
}
