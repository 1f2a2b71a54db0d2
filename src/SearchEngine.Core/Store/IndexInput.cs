using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace SearchEngine.Core.Store;

/// <summary>
/// Reads one index file (or a slice of it) with random access: little-endian integers, variable-length
/// integers and strings as <see cref="IndexOutput"/> writes them, and direct spans for bulk decoding.
/// </summary>
/// <remarks>
/// Reads go straight to the file's memory (a mapping or a pinned array), so there is no buffer to refill and no
/// copy. Every read is bounds-checked against the slice: reading past its end throws
/// <see cref="CorruptIndexException"/> naming the file, because a well-formed file never does. Clones and slices
/// share the memory of the input they came from and must not outlive it (see <see cref="FileMemory"/>); an
/// instance is not thread-safe, so each thread reads through its own clone.
/// </remarks>
internal sealed unsafe class IndexInput : IDisposable
{
    private readonly FileMemory memory;
    private readonly byte* start;
    private readonly bool ownsMemory;
    private long position;

    internal IndexInput(string name, FileMemory memory)
        : this(name, memory, memory.Pointer, memory.Length, ownsMemory: true)
    {
    }

    private IndexInput(string name, FileMemory memory, byte* start, long length, bool ownsMemory)
    {
        Name = name;
        this.memory = memory;
        this.start = start;
        Length = length;
        this.ownsMemory = ownsMemory;
    }

    /// <summary>Gets the file name (and, for slices, what the slice holds).</summary>
    public string Name { get; }

    /// <summary>Gets the length in bytes of this input (the whole file or the slice).</summary>
    public long Length { get; }

    /// <summary>Gets or sets the offset of the next byte to read, relative to the start of this input.</summary>
    public long Position
    {
        get => position;
        set
        {
            if ((ulong)value > (ulong)Length)
            {
                throw Corrupt($"seek to {value} outside 0..{Length}");
            }

            position = value;
        }
    }

    /// <summary>Gets the number of bytes from <see cref="Position"/> to the end of this input.</summary>
    public long Remaining => Length - position;

    /// <summary>
    /// Checks a count read from this file before anything is allocated or indexed with it: <paramref name="count"/>
    /// entries of at least <paramref name="minBytesEach"/> bytes must fit in the <see cref="Remaining"/> bytes, less
    /// <paramref name="reserved"/> bytes that follow them (such as the codec footer); throws
    /// <see cref="CorruptIndexException"/> naming the file and <paramref name="what"/> otherwise.
    /// </summary>
    public int CheckCount(long count, int minBytesEach, string what, long reserved = 0)
    {
        long available = Remaining - reserved;
        if (count < 0 || count > int.MaxValue || available < 0 || (minBytesEach > 0 && count > available / minBytesEach))
        {
            throw Corrupt($"{what} {count} exceeds what the remaining {available} bytes can hold");
        }

        return (int)count;
    }

    /// <summary>
    /// Checks that <paramref name="value"/>, read from this file, lies in <c>0..limit-1</c>, e.g. a document
    /// number below MaxDoc; throws <see cref="CorruptIndexException"/> naming the file and <paramref name="what"/> otherwise.
    /// </summary>
    public void CheckBelow(long value, long limit, string what)
    {
        if ((ulong)value >= (ulong)limit)
        {
            throw Corrupt($"{what} {value} is outside 0..{limit - 1}");
        }
    }

    /// <summary>Reads one byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte ReadByte()
    {
        if (position >= Length)
        {
            throw PastEnd(1);
        }

        return start[position++];
    }

    /// <summary>Fills <paramref name="destination"/> with the next bytes.</summary>
    public void ReadBytes(Span<byte> destination)
    {
        ReadSpan(destination.Length).CopyTo(destination);
    }

    /// <summary>Returns the next <paramref name="count"/> bytes without copying and advances past them.</summary>
    public ReadOnlySpan<byte> ReadSpan(int count)
    {
        if (count < 0 || count > Length - position)
        {
            throw PastEnd(count);
        }

        var span = new ReadOnlySpan<byte>(start + position, count);
        position += count;
        return span;
    }

    /// <summary>Returns <paramref name="count"/> bytes at <paramref name="offset"/> without moving the position.</summary>
    public ReadOnlySpan<byte> GetSpan(long offset, int count)
    {
        if (offset < 0 || count < 0 || offset > Length - count)
        {
            throw Corrupt($"span {offset}+{count} outside 0..{Length}");
        }

        return new ReadOnlySpan<byte>(start + offset, count);
    }

    /// <summary>Reads a little-endian 32-bit integer.</summary>
    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(ReadSpan(4));

    /// <summary>Reads a little-endian 64-bit integer.</summary>
    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(ReadSpan(8));

    /// <summary>Reads a variable-length non-negative 32-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadVInt32()
    {
        byte b = ReadByte();
        if (b < 0x80)
        {
            return b;
        }

        long value = ReadVIntTail(b, maxBytes: 5);
        if (value > int.MaxValue)
        {
            throw Corrupt($"variable-length int {value} exceeds 32 bits at {position}");
        }

        return (int)value;
    }

    /// <summary>Reads a variable-length non-negative 64-bit integer.</summary>
    public long ReadVInt64()
    {
        byte b = ReadByte();
        return b < 0x80 ? b : ReadVIntTail(b, maxBytes: 9);
    }

    /// <summary>Reads a string written by <see cref="IndexOutput.WriteString"/>.</summary>
    public string ReadString()
    {
        int length = ReadVInt32();
        ReadOnlySpan<byte> bytes = ReadSpan(length);
        try
        {
            return Encoding.UTF8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new CorruptIndexException(Name, $"invalid UTF-8 string at {position - length}", ex);
        }
    }

    /// <summary>Returns an independent reader over <paramref name="length"/> bytes at <paramref name="offset"/>, positioned at its start.</summary>
    public IndexInput Slice(string description, long offset, long length)
    {
        if (offset < 0 || length < 0 || offset > Length - length)
        {
            throw Corrupt($"slice '{description}' {offset}+{length} outside 0..{Length}");
        }

        return new IndexInput($"{Name} [{description}]", memory, start + offset, length, ownsMemory: false);
    }

    /// <summary>Returns an independent reader over the same bytes at the same position, for another thread.</summary>
    public IndexInput Clone() => new(Name, memory, start, Length, ownsMemory: false) { position = position };

    /// <summary>Creates the exception for a structural problem found while reading this file.</summary>
    public CorruptIndexException Corrupt(string detail) => new(Name, detail);

    /// <summary>Releases the file's memory if this is the input the directory opened; clones and slices release nothing.</summary>
    public void Dispose()
    {
        if (ownsMemory)
        {
            memory.Dispose();
        }
    }

    private long ReadVIntTail(byte first, int maxBytes)
    {
        long value = first & 0x7F;
        int shift = 7;
        for (int i = 1; i < maxBytes; i++)
        {
            byte b = ReadByte();
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }

        throw Corrupt($"variable-length int longer than {maxBytes} bytes at {position}");
    }

    private CorruptIndexException PastEnd(int count) =>
        Corrupt($"read of {count} bytes at {position} past the end ({Length} bytes)");
}
