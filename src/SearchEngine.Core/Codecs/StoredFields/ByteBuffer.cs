using System.Text;

namespace SearchEngine.Core.Codecs.StoredFields;

/// <summary>
/// A growable byte array the stored fields writer encodes documents into before compressing them as a block;
/// variable-length integers use 7 bits per byte, low bits first, as <see cref="Store.IndexOutput"/> does.
/// </summary>
internal sealed class ByteBuffer
{
    private byte[] bytes;

    public ByteBuffer(int capacity)
    {
        bytes = new byte[capacity];
    }

    /// <summary>Gets the number of bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>Gets the bytes written.</summary>
    public ReadOnlySpan<byte> Written => bytes.AsSpan(0, Length);

    /// <summary>Writes an unsigned integer in 1 to 10 bytes.</summary>
    public void WriteVarint(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            bytes[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        bytes[Length++] = (byte)value;
    }

    /// <summary>Writes a string as its UTF-8 byte count (varint) and the bytes.</summary>
    public void WriteString(string value)
    {
        int byteCount = Encoding.UTF8.GetByteCount(value);
        Ensure(10 + byteCount);
        WriteVarint((ulong)byteCount);
        Length += Encoding.UTF8.GetBytes(value, bytes.AsSpan(Length));
    }

    /// <summary>Forgets the content; a buffer grown far beyond <paramref name="capacity"/> (one huge document) is dropped.</summary>
    public void Reset(int capacity)
    {
        Length = 0;
        if (bytes.Length > 4 * capacity)
        {
            bytes = new byte[capacity];
        }
    }

    private void Ensure(int extra)
    {
        if (bytes.Length - Length >= extra)
        {
            return;
        }

        long wanted = Math.Max((long)bytes.Length * 2, (long)Length + extra);
        if (wanted > Array.MaxLength)
        {
            wanted = (long)Length + extra <= Array.MaxLength ? Array.MaxLength : throw new InvalidOperationException("A stored fields block cannot exceed 2 GB.");
        }

        Array.Resize(ref bytes, (int)wanted);
    }
}
