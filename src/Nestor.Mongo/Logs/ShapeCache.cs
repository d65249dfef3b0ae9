using System.Runtime.CompilerServices;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Logs;

/// <summary>
/// The shapes already built, by their <see cref="ShapeKey"/>: a log repeats a few hundred shapes millions of times, so
/// each is built (and its fingerprint written) once, and every later operation of that shape shares the instance.
/// </summary>
internal sealed class ShapeCache
{
    // An application has dozens to thousands of shapes; beyond these bounds the cache starts afresh, so memory stays flat
    // whatever the log (16,384 shapes: half the slots). A key grows with the fields of its filters: one of a huge filter is
    // not kept at all.
    private const int Capacity = 32_768;
    private const int MaxKeyBytes = 16 * 1024;
    private const int MaxTotalBytes = 16 * 1024 * 1024;

    private readonly ByteKeyTable<QueryShape> shapes = new(Capacity, MaxTotalBytes);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<byte> key, out QueryShape shape) => shapes.TryGet(key, out shape!);

    public void Add(ReadOnlySpan<byte> key, QueryShape shape)
    {
        if (key.Length <= MaxKeyBytes)
        {
            shapes.Add(key, shape);
        }
    }
}
