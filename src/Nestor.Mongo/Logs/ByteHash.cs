using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nestor.Mongo.Logs;

/// <summary>
/// A fast hash of a short run of bytes, for the log readers' tables keyed by the bytes of a line (shape keys, strings).
/// </summary>
/// <remarks>
/// Eight bytes a step, multiplied and rotated (the mixing of xxHash and its kin). The value stays within one process
/// (byte order does not matter) and no output depends on it: it only places keys in tables.
/// </remarks>
internal static class ByteHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    // Inlined: the callers are hot loops and the hash of a short key is a handful of instructions.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(ReadOnlySpan<byte> key)
    {
        var hash = (ulong)key.Length * Prime1;
        var words = MemoryMarshal.Cast<byte, ulong>(key);
        foreach (var word in words)
        {
            hash = Mix(hash, word);
        }

        var tail = key[(words.Length * sizeof(ulong))..];
        if (!tail.IsEmpty)
        {
            hash = Mix(hash, TailWord(tail));
        }

        hash ^= hash >> 33;
        hash *= Prime2;
        hash ^= hash >> 29;
        return (int)hash ^ (int)(hash >> 32);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong hash, ulong word) => BitOperations.RotateLeft(hash ^ (word * Prime2), 31) * Prime1;

    // The last one to seven bytes in at most two loads rather than a step a byte: most strings of a log are shorter than
    // a word or two (conn250, COLLSCAN, a field name). The loads overlap, but together they read every byte, so keys of
    // one length (the length is in the hash) differ here whenever their tails differ.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong TailWord(ReadOnlySpan<byte> tail) =>
        tail.Length >= sizeof(uint)
            ? MemoryMarshal.Read<uint>(tail) | ((ulong)MemoryMarshal.Read<uint>(tail[^sizeof(uint)..]) << 32)
            : tail[0] | ((ulong)tail[tail.Length / 2] << 8) | ((ulong)tail[^1] << 16);
}
