using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.Postings;

/// <summary>
/// The terms of one field: statistics and the in-memory terms index (the first term and file pointer of every
/// dictionary block), so a lookup is a binary search here and a scan of one block in <c>.tim</c>.
/// </summary>
/// <remarks>
/// The first terms are concatenated in one array with an array of start offsets, two allocations per field
/// whatever the number of blocks. Immutable after open, so shared by all threads.
/// </remarks>
internal sealed class FieldReader : Terms
{
    private readonly byte[] firstTerms;
    private readonly int[] firstTermStarts;
    private readonly long[] blockPointers;
    private readonly long termCount;
    private readonly long sumDocFreq;
    private readonly long sumTotalTermFreq;
    private readonly int docCount;

    private FieldReader(InvertedIndexReader reader, FieldInfo info, long termCount, long sumDocFreq, long sumTotalTermFreq, int docCount, byte[] firstTerms, int[] firstTermStarts, long[] blockPointers)
    {
        Reader = reader;
        Info = info;
        this.termCount = termCount;
        this.sumDocFreq = sumDocFreq;
        this.sumTotalTermFreq = sumTotalTermFreq;
        this.docCount = docCount;
        this.firstTerms = firstTerms;
        this.firstTermStarts = firstTermStarts;
        this.blockPointers = blockPointers;
    }

    /// <summary>Gets the reader the field belongs to.</summary>
    public InvertedIndexReader Reader { get; }

    /// <summary>Gets the field.</summary>
    public FieldInfo Info { get; }

    /// <summary>Gets the number of dictionary blocks.</summary>
    public int BlockCount => blockPointers.Length;

    /// <inheritdoc />
    public override long TermCount => termCount;

    /// <inheritdoc />
    public override long SumDocFreq => sumDocFreq;

    /// <inheritdoc />
    public override long SumTotalTermFreq => sumTotalTermFreq;

    /// <inheritdoc />
    public override int DocCount => docCount;

    /// <inheritdoc />
    public override bool HasFreqs => Info.HasFreqs;

    /// <inheritdoc />
    public override bool HasPositions => Info.HasPositions;

    /// <inheritdoc />
    public override bool HasOffsets => Info.HasOffsets;

    /// <inheritdoc />
    public override TermsEnum GetIterator() => new SegmentTermsEnum(this);

    /// <summary>Returns where block <paramref name="block"/> starts in <c>.tim</c>.</summary>
    public long BlockPointer(int block) => blockPointers[block];

    /// <summary>Returns the first term of block <paramref name="block"/>.</summary>
    public ReadOnlySpan<byte> FirstTerm(int block) => firstTerms.AsSpan(firstTermStarts[block], firstTermStarts[block + 1] - firstTermStarts[block]);

    /// <summary>Returns the last block whose first term is at most <paramref name="target"/>, or -1 when the target precedes every term.</summary>
    public int FindBlock(ReadOnlySpan<byte> target)
    {
        int low = 0;
        int high = blockPointers.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            int cmp = FirstTerm(middle).SequenceCompareTo(target);
            if (cmp == 0)
            {
                return middle;
            }

            if (cmp < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high;
    }

    /// <summary>
    /// Reads one field entry of the terms index (grammar in <see cref="TermsWriter"/>), checking every count and
    /// length against the file before allocating with it.
    /// </summary>
    public static FieldReader Read(InvertedIndexReader reader, IndexInput tip, FieldInfos fieldInfos, long termsEnd, int maxDoc)
    {
        int number = tip.ReadVInt32();
        if (number >= fieldInfos.Count)
        {
            throw tip.Corrupt($"field number {number}, but the segment has {fieldInfos.Count} fields");
        }

        FieldInfo info = fieldInfos[number];
        int options = tip.ReadByte();
        if (options != (int)info.IndexOptions)
        {
            throw tip.Corrupt($"field '{info.Name}' was written with index options {options}, but the segment says {info.IndexOptions}");
        }

        long termCount = tip.ReadVInt64();
        long sumDocFreq = tip.ReadVInt64();
        long sumTotalTermFreq = tip.ReadVInt64();
        int docCount = tip.ReadVInt32();

        // An index entry takes at least three bytes (prefix, suffix count, pointer delta).
        int blockCount = tip.CheckCount(tip.ReadVInt32(), 3, $"field '{info.Name}': block count");
        if (termCount < 1 || blockCount < 1 || blockCount > termCount || termCount > (long)blockCount * PostingsFormat.TermsPerBlock
            || sumDocFreq < termCount || sumTotalTermFreq < sumDocFreq || docCount < 1 || docCount > maxDoc || docCount > sumDocFreq)
        {
            throw tip.Corrupt($"field '{info.Name}': inconsistent statistics (terms {termCount}, blocks {blockCount}, sumDocFreq {sumDocFreq}, sumTotalTermFreq {sumTotalTermFreq}, docCount {docCount}, maxDoc {maxDoc})");
        }

        var starts = new int[blockCount + 1];
        var pointers = new long[blockCount];
        byte[] bytes = new byte[Math.Max(16, Math.Min(blockCount * 4L, termsEnd))];
        int used = 0;
        int previousStart = 0;
        long pointer = 0;
        for (int i = 0; i < blockCount; i++)
        {
            int prefix = tip.ReadVInt32();
            int suffix = tip.CheckCount(tip.ReadVInt32(), 1, "index entry suffix length");
            if (prefix > (i == 0 ? 0 : starts[i] - previousStart))
            {
                throw tip.Corrupt($"field '{info.Name}': index entry {i} shares {prefix} bytes with a shorter term");
            }

            // The dictionary stores each block's first term whole, so their sum is bounded by its length (prefixes
            // shared here would otherwise let a small file claim gigabytes).
            if ((long)used + prefix + suffix > termsEnd)
            {
                throw tip.Corrupt($"field '{info.Name}': first terms of {used + (long)prefix + suffix} bytes exceed the {termsEnd} bytes of the dictionary");
            }

            if (bytes.Length - used < prefix + suffix)
            {
                Array.Resize(ref bytes, (int)Math.Min(Math.Max(bytes.Length * 2L, used + prefix + suffix), Array.MaxLength));
            }

            // The prefix comes from the previous entry, which ends where this one starts.
            bytes.AsSpan(previousStart, prefix).CopyTo(bytes.AsSpan(used));
            tip.ReadBytes(bytes.AsSpan(used + prefix, suffix));
            previousStart = used;
            used += prefix + suffix;
            starts[i + 1] = used;
            pointer += tip.ReadVInt64();
            if (pointer >= termsEnd || (i > 0 && pointer <= pointers[i - 1]))
            {
                throw tip.Corrupt($"field '{info.Name}': block {i} at {pointer} is out of order or past the dictionary's end {termsEnd}");
            }

            pointers[i] = pointer;
        }

        Array.Resize(ref bytes, used);
        return new FieldReader(reader, info, termCount, sumDocFreq, sumTotalTermFreq, docCount, bytes, starts, pointers);
    }
}
