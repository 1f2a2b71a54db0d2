using System.Text;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.StoredFields;

/// <summary>
/// Decodes varints and strings from a span (a block header in the mapped file, or a decompressed block) without
/// touching the shared input's position, so many threads can read one file; overruns throw
/// <see cref="CorruptIndexException"/> naming the file.
/// </summary>
internal ref struct SpanReader
{
    private readonly ReadOnlySpan<byte> span;
    private readonly string resource;

    public SpanReader(ReadOnlySpan<byte> span, string resource)
    {
        this.span = span;
        this.resource = resource;
    }

    /// <summary>Gets the offset of the next byte.</summary>
    public int Position { get; private set; }

    /// <summary>Gets a value indicating whether every byte has been read.</summary>
    public readonly bool AtEnd => Position >= span.Length;

    /// <summary>Reads an unsigned integer of 1 to 10 bytes.</summary>
    public ulong ReadVarint()
    {
        ulong value = 0;
        for (int shift = 0; shift < 70; shift += 7)
        {
            if (Position >= span.Length)
            {
                throw Corrupt("varint runs past the end of the block");
            }

            byte b = span[Position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw Corrupt("varint longer than 10 bytes");
    }

    /// <summary>Reads a varint that must fit in a non-negative int.</summary>
    public int ReadInt32()
    {
        ulong value = ReadVarint();
        return value <= int.MaxValue ? (int)value : throw Corrupt($"length {value} exceeds 2^31 - 1");
    }

    /// <summary>Returns the next <paramref name="count"/> bytes and skips past them.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count > span.Length - Position)
        {
            throw Corrupt($"{count} bytes at {Position} run past the end of the block ({span.Length} bytes)");
        }

        ReadOnlySpan<byte> bytes = span.Slice(Position, count);
        Position += count;
        return bytes;
    }

    /// <summary>Reads a length-prefixed UTF-8 string.</summary>
    public string ReadString() => Encoding.UTF8.GetString(ReadBytes(ReadInt32()));

    /// <summary>Skips a length-prefixed string without decoding it.</summary>
    public void SkipString() => ReadBytes(ReadInt32());

    /// <summary>Creates the exception for a malformed block.</summary>
    public readonly CorruptIndexException Corrupt(string detail) => new(resource, detail);
}
