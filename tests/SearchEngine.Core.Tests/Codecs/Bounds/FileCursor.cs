using System.Buffers.Binary;

namespace SearchEngine.Core.Tests.Codecs.Bounds;

/// <summary>Walks the bytes of an index file by its grammar (docs/FORMAT.md) to find where a field starts.</summary>
internal sealed class FileCursor(byte[] bytes, int position = 0)
{
    /// <summary>Gets or sets the offset of the next byte.</summary>
    public int Position { get; set; } = position;

    public byte ReadByte() => bytes[Position++];

    public long ReadVInt()
    {
        long value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = bytes[Position++];
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    public long ReadInt64()
    {
        long value = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(Position));
        Position += 8;
        return value;
    }

    public void Skip(long count) => Position += checked((int)count);

    public void SkipString() => Skip(ReadVInt());

    /// <summary>Skips the header (magic, codec name, version).</summary>
    public FileCursor SkipHeader()
    {
        Skip(4);
        SkipString();
        Skip(4);
        return this;
    }
}
