namespace SearchEngine.Core.Index.Inversion;

/// <summary>
/// Many growing byte streams (one per term and stream kind) packed into large shared blocks, as slices that
/// grow in size and are chained by forwarding addresses; the in-memory postings of a segment being built.
/// </summary>
/// <remarks>
/// A new stream starts as a 5-byte slice whose last byte is a non-zero level marker. Writing onto a marker
/// means the slice is full: a larger slice is allocated, the last 3 data bytes move to its start, and the
/// old slice's last 4 bytes become the new slice's address. Streams thus cost no per-term object and a term
/// seen once costs 5 bytes. Addresses are global: block index * <see cref="BlockSize"/> + offset.
/// </remarks>
internal sealed class ByteSlicePool
{
    /// <summary>The size of each block; a slice never spans two blocks.</summary>
    public const int BlockSize = 1 << 15;

    /// <summary>Slice sizes by level; the last level repeats.</summary>
    internal static readonly int[] LevelSizes = [5, 14, 20, 30, 40, 40, 80, 80, 120, 200];

    private static readonly int[] NextLevel = [1, 2, 3, 4, 5, 6, 7, 8, 9, 9];

    private readonly List<byte[]> blocks = [];
    private byte[] current = [];
    private int currentUsed = BlockSize;

    /// <summary>Gets the bytes held by the pool's blocks.</summary>
    public long BytesUsed => (long)blocks.Count * BlockSize;

    /// <summary>Returns the block holding global address <paramref name="address"/>.</summary>
    public byte[] Block(int address) => blocks[address >> 15];

    /// <summary>Starts a new stream and returns the address where its first byte goes.</summary>
    public int NewStream() => Allocate(0);

    /// <summary>Appends one byte to the stream whose next write address is <paramref name="address"/>; returns the next address.</summary>
    public int WriteByte(int address, byte value)
    {
        byte[] block = blocks[address >> 15];
        int offset = address & (BlockSize - 1);
        if (block[offset] != 0)
        {
            // The level marker: this slice is full.
            address = Grow(block, offset, address);
            block = blocks[address >> 15];
            offset = address & (BlockSize - 1);
        }

        block[offset] = value;
        return address + 1;
    }

    /// <summary>Appends a variable-length non-negative integer (7 bits per byte); returns the next address.</summary>
    public int WriteVInt(int address, int value)
    {
        uint v = (uint)value;
        while (v >= 0x80)
        {
            address = WriteByte(address, (byte)(v | 0x80));
            v >>= 7;
        }

        return WriteByte(address, (byte)v);
    }

    private int Allocate(int level)
    {
        int size = LevelSizes[level];
        if (currentUsed + size > BlockSize)
        {
            current = new byte[BlockSize];
            blocks.Add(current);
            currentUsed = 0;
        }

        int start = currentUsed;
        currentUsed += size;

        // The marker stores the level so the next slice knows how big to be.
        current[start + size - 1] = (byte)(16 | level);
        return ((blocks.Count - 1) << 15) | start;
    }

    private int Grow(byte[] block, int markerOffset, int markerAddress)
    {
        int level = block[markerOffset] & 15;
        int next = Allocate(NextLevel[level]);
        byte[] nextBlock = blocks[next >> 15];
        int nextOffset = next & (BlockSize - 1);

        // Move the last three data bytes to the new slice; their place takes the forwarding address.
        nextBlock[nextOffset] = block[markerOffset - 3];
        nextBlock[nextOffset + 1] = block[markerOffset - 2];
        nextBlock[nextOffset + 2] = block[markerOffset - 1];
        int forward = markerAddress - 3;
        byte[] forwardBlock = blocks[forward >> 15];
        int f = forward & (BlockSize - 1);
        forwardBlock[f] = (byte)(next >> 24);
        forwardBlock[f + 1] = (byte)(next >> 16);
        forwardBlock[f + 2] = (byte)(next >> 8);
        forwardBlock[f + 3] = (byte)next;
        return next + 3;
    }
}
