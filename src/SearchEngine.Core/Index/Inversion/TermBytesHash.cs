namespace SearchEngine.Core.Index.Inversion;

/// <summary>
/// Assigns dense ids (0, 1, 2, ...) to distinct terms given as UTF-8 bytes, storing each term once in large
/// blocks; the term dictionary of one field of a segment being built.
/// </summary>
/// <remarks>Open addressing with linear probing over a power-of-two table, grown at half full.</remarks>
internal sealed class TermBytesHash
{
    private const int BlockSize = 1 << 15;

    private readonly List<byte[]> blocks = [];
    private int blockUsed = BlockSize;
    private int[] table = CreateTable(16);
    private int[] hashes = new int[16];
    private long[] locations = new long[16];

    /// <summary>Gets the number of distinct terms.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the memory held, in bytes.</summary>
    public long BytesUsed => ((long)blocks.Count * BlockSize) + (table.Length * 4L) + (hashes.Length * 12L);

    /// <summary>Returns the id of <paramref name="term"/>, adding it when new; <paramref name="added"/> tells which.</summary>
    public int Add(ReadOnlySpan<byte> term, out bool added)
    {
        int hash = Hash(term);
        int mask = table.Length - 1;
        int slot = hash & mask;
        while (true)
        {
            int id = table[slot];
            if (id < 0)
            {
                break;
            }

            if (hashes[id] == hash && Get(id).SequenceEqual(term))
            {
                added = false;
                return id;
            }

            slot = (slot + 1) & mask;
        }

        int newId = Count++;
        if (newId == hashes.Length)
        {
            Array.Resize(ref hashes, newId * 2);
            Array.Resize(ref locations, newId * 2);
        }

        hashes[newId] = hash;
        locations[newId] = Store(term);
        table[slot] = newId;
        if (Count * 2 > table.Length)
        {
            Rehash();
        }

        added = true;
        return newId;
    }

    /// <summary>Returns the id of <paramref name="term"/>, or -1 when it was never added.</summary>
    public int Find(ReadOnlySpan<byte> term)
    {
        int hash = Hash(term);
        int mask = table.Length - 1;
        for (int slot = hash & mask; table[slot] >= 0; slot = (slot + 1) & mask)
        {
            int id = table[slot];
            if (hashes[id] == hash && Get(id).SequenceEqual(term))
            {
                return id;
            }
        }

        return -1;
    }

    /// <summary>Returns the bytes of term <paramref name="id"/>.</summary>
    public ReadOnlySpan<byte> Get(int id)
    {
        long location = locations[id];
        int length = (int)(location & 0xFFFF);
        int block = (int)(location >> 32);
        int offset = (int)((location >> 16) & 0xFFFF);
        return blocks[block].AsSpan(offset, length);
    }

    /// <summary>Returns all ids ordered by their terms' bytes (unsigned, lexicographic): the order segments store terms in.</summary>
    public int[] SortedIds()
    {
        int[] ids = new int[Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = i;
        }

        Array.Sort(ids, (a, b) => Get(a).SequenceCompareTo(Get(b)));
        return ids;
    }

    private long Store(ReadOnlySpan<byte> term)
    {
        // Terms are at most a few hundred bytes (the tokenizer cuts at 255 characters), far below a block.
        if (term.Length > 0xFFFF)
        {
            throw new ArgumentException($"A term of {term.Length} bytes is longer than the 65,535 a segment can hold.", nameof(term));
        }

        if (blockUsed + term.Length > BlockSize)
        {
            blocks.Add(new byte[Math.Max(BlockSize, term.Length)]);
            blockUsed = 0;
        }

        term.CopyTo(blocks[^1].AsSpan(blockUsed));
        long location = ((long)(blocks.Count - 1) << 32) | ((long)blockUsed << 16) | (uint)term.Length;
        blockUsed += term.Length;
        return location;
    }

    private void Rehash()
    {
        int[] bigger = CreateTable(table.Length * 2);
        int mask = bigger.Length - 1;
        for (int id = 0; id < Count; id++)
        {
            int slot = hashes[id] & mask;
            while (bigger[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }

            bigger[slot] = id;
        }

        table = bigger;
    }

    private static int Hash(ReadOnlySpan<byte> term)
    {
        // FNV-1a, then a final avalanche so that the low bits used for the slot depend on every byte.
        uint h = 2166136261;
        foreach (byte b in term)
        {
            h = (h ^ b) * 16777619;
        }

        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        return (int)h;
    }

    private static int[] CreateTable(int size)
    {
        int[] created = new int[size];
        Array.Fill(created, -1);
        return created;
    }
}
