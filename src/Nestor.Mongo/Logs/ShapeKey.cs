using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nestor.Mongo.Logs;

/// <summary>What a <see cref="ShapeKey"/> holds: nothing yet, a key, or the mark of a command the key cannot stand for.</summary>
internal enum ShapeKeyState : byte
{
    Absent,
    Known,
    Unknown,
}

/// <summary>
/// A growable byte buffer that a shape key is written into: length-prefixed byte strings, small numbers and markers, so
/// that two different sequences of parts never write the same bytes. Reused from line to line.
/// </summary>
internal sealed class ShapeKey
{
    private byte[] bytes = new byte[256];

    public int Length { get; private set; }

    public ShapeKeyState State { get; set; }

    public ReadOnlySpan<byte> Bytes => bytes.AsSpan(0, Length);

    /// <summary>Empties the buffer and marks it <see cref="ShapeKeyState.Absent"/>.</summary>
    public void Clear()
    {
        Length = 0;
        State = ShapeKeyState.Absent;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Byte(byte value)
    {
        if (Length == bytes.Length)
        {
            Grow(1);
        }

        bytes[Length++] = value;
    }

    /// <summary>A non-negative number, seven bits a byte.</summary>
    public void Number(int value)
    {
        var remaining = (uint)value;
        while (remaining >= 0x80)
        {
            Byte((byte)(remaining | 0x80));
            remaining >>= 7;
        }

        Byte((byte)remaining);
    }

    /// <summary>A byte string, prefixed by its length.</summary>
    public void Text(ReadOnlySpan<byte> text)
    {
        Number(text.Length);
        Raw(text);
    }

    /// <summary>A string as its UTF-16 code units (no transcoding: the key only needs to tell strings apart).</summary>
    public void Text(string? text)
    {
        if (text is null)
        {
            Byte(0);
            return;
        }

        Byte(1);
        Text(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    /// <summary>Another key's bytes, prefixed by its state and length.</summary>
    public void Key(ShapeKey other)
    {
        Byte((byte)other.State);
        Text(other.Bytes);
    }

    private void Raw(ReadOnlySpan<byte> text)
    {
        if (Length + text.Length > bytes.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(bytes.AsSpan(Length));
        Length += text.Length;
    }

    private void Grow(int needed) => Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + needed));
}
