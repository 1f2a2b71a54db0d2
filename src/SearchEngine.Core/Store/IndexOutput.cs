using System.Buffers.Binary;
using System.Text;

namespace SearchEngine.Core.Store;

/// <summary>
/// Writes one index file sequentially, little-endian, keeping a running CRC-32C of every byte written so the
/// footer can record it (see <see cref="CodecUtil.WriteFooter"/>).
/// </summary>
/// <remarks>
/// Writes go through a 64 KiB buffer; the checksum is updated as the buffer drains, so it costs one pass over
/// the bytes. Variable-length integers use 7 bits per byte, low bits first, high bit set on all but the last.
/// </remarks>
internal sealed class IndexOutput : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream sink;
    private readonly Action<IndexOutput>? onClose;
    private readonly byte[] buffer = new byte[BufferSize];
    private int used;
    private long flushed;
    private uint crc = Crc32C.Initial;
    private bool disposed;

    internal IndexOutput(string name, Stream sink, Action<IndexOutput>? onClose = null)
    {
        Name = name;
        this.sink = sink;
        this.onClose = onClose;
    }

    /// <summary>Gets the file name inside its directory.</summary>
    public string Name { get; }

    /// <summary>Gets the number of bytes written so far (the offset of the next byte).</summary>
    public long Position => flushed + used;

    /// <summary>Gets the CRC-32C of every byte written so far.</summary>
    public uint Checksum
    {
        get
        {
            return Crc32C.Finish(Crc32C.Append(crc, buffer.AsSpan(0, used)));
        }
    }

    /// <summary>Writes one byte.</summary>
    public void WriteByte(byte value)
    {
        if (used == BufferSize)
        {
            Drain();
        }

        buffer[used++] = value;
    }

    /// <summary>Writes the bytes of <paramref name="data"/>.</summary>
    public void WriteBytes(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            if (used == BufferSize)
            {
                Drain();
            }

            int n = Math.Min(data.Length, BufferSize - used);
            data[..n].CopyTo(buffer.AsSpan(used));
            used += n;
            data = data[n..];
        }
    }

    /// <summary>Writes a 32-bit integer, little-endian.</summary>
    public void WriteInt32(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        WriteBytes(bytes);
    }

    /// <summary>Writes a 64-bit integer, little-endian.</summary>
    public void WriteInt64(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        WriteBytes(bytes);
    }

    /// <summary>Writes a non-negative integer in 1 to 5 bytes, 7 bits per byte.</summary>
    public void WriteVInt32(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        WriteVInt64(value);
    }

    /// <summary>Writes a non-negative integer in 1 to 9 bytes (up to 10 for values above 2^63 - 1 never occur), 7 bits per byte.</summary>
    public void WriteVInt64(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ulong v = (ulong)value;
        while (v >= 0x80)
        {
            WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        WriteByte((byte)v);
    }

    /// <summary>Writes a string as its UTF-8 byte count (VInt) followed by the bytes.</summary>
    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int length = Encoding.UTF8.GetByteCount(value);
        WriteVInt32(length);
        if (length <= 256)
        {
            Span<byte> bytes = stackalloc byte[length];
            Encoding.UTF8.GetBytes(value, bytes);
            WriteBytes(bytes);
        }
        else
        {
            WriteBytes(Encoding.UTF8.GetBytes(value));
        }
    }

    /// <summary>Flushes buffered bytes and closes the file; the directory then lists it with its full length.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        Drain();
        sink.Flush();
        onClose?.Invoke(this);
        sink.Dispose();
    }

    private void Drain()
    {
        if (used == 0)
        {
            return;
        }

        crc = Crc32C.Append(crc, buffer.AsSpan(0, used));
        sink.Write(buffer, 0, used);
        flushed += used;
        used = 0;
    }
}
