namespace SearchEngine.Core.Index.Inversion;

/// <summary>Reads one stream of a <see cref="ByteSlicePool"/> from its start address to its end address.</summary>
internal struct ByteSliceReader
{
    private ByteSlicePool pool;
    private byte[] block;
    private int offset;
    private int limit;
    private int level;
    private int end;
    private int address;

    /// <summary>Positions the reader at <paramref name="start"/>; the stream's bytes end at <paramref name="endAddress"/> (exclusive).</summary>
    public void Reset(ByteSlicePool slicePool, int start, int endAddress)
    {
        pool = slicePool;
        end = endAddress;
        level = 0;
        address = start;
        block = pool.Block(start);
        offset = start & (ByteSlicePool.BlockSize - 1);
        int firstSize = ByteSlicePool.LevelSizes[0];

        // A slice's data ends 4 bytes before its end (the forwarding address) unless the stream ends inside it.
        limit = end >= start && end < start + firstSize ? offset + (end - start) : offset + firstSize - 4;
    }

    /// <summary>Gets a value indicating whether every byte of the stream has been read.</summary>
    public readonly bool IsAtEnd => address == end;

    /// <summary>Reads the next byte.</summary>
    public byte ReadByte()
    {
        if (offset == limit)
        {
            NextSlice();
        }

        address++;
        return block[offset++];
    }

    /// <summary>Reads a variable-length non-negative integer.</summary>
    public int ReadVInt()
    {
        byte b = ReadByte();
        int value = b & 0x7F;
        for (int shift = 7; b >= 0x80; shift += 7)
        {
            b = ReadByte();
            value |= (b & 0x7F) << shift;
        }

        return value;
    }

    private void NextSlice()
    {
        int next = (block[limit] << 24) | (block[limit + 1] << 16) | (block[limit + 2] << 8) | block[limit + 3];
        level = Math.Min(level + 1, ByteSlicePool.LevelSizes.Length - 1);
        int size = ByteSlicePool.LevelSizes[level];
        address = next;
        block = pool.Block(next);
        offset = next & (ByteSlicePool.BlockSize - 1);
        // Slices are allocated in increasing address order, so the stream ends in this slice exactly when its end
        // address falls inside it.
        limit = end >= next && end < next + size ? offset + (end - next) : offset + size - 4;
    }
}
