using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Logs;

/// <summary>
/// The shapes already built, by their <see cref="ShapeKey"/>: a log repeats a few hundred shapes millions of times, so
/// each is built (and its fingerprint written) once, and every later operation of that shape shares the instance.
/// </summary>
internal sealed class ShapeCache
{
    // An application has dozens to thousands of shapes; beyond these bounds the cache starts afresh, so memory stays flat
    // whatever the log. A key grows with the fields of its filters: one of a huge filter is not kept at all.
    private const int MaxEntries = 16_384;
    private const int MaxKeyBytes = 16 * 1024;
    private const long MaxTotalBytes = 16L * 1024 * 1024;

    private readonly Dictionary<byte[], QueryShape> shapes = new(KeyComparer.Instance);
    private long totalBytes;

    public bool TryGet(ReadOnlySpan<byte> key, out QueryShape shape) =>
        shapes.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(key, out shape!);

    public void Add(ReadOnlySpan<byte> key, QueryShape shape)
    {
        if (key.Length > MaxKeyBytes)
        {
            return;
        }

        if (shapes.Count >= MaxEntries || totalBytes + key.Length > MaxTotalBytes)
        {
            shapes.Clear();
            totalBytes = 0;
        }

        shapes[key.ToArray()] = shape;
        totalBytes += key.Length;
    }

    private sealed class KeyComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] key) => ByteHash.Of(key);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => ByteHash.Of(alternate);

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
