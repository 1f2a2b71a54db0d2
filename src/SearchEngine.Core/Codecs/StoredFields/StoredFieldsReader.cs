using System.Buffers;
using System.IO.Compression;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.StoredFields;

/// <summary>Reads the stored fields of one segment (see <see cref="StoredFieldsWriter"/> for the grammar).</summary>
/// <remarks>
/// <para>
/// The block index (first DocId and file offset of every block) is loaded at open; the compressed blocks stay in
/// the mapped file. <see cref="VisitDocument"/> finds the block by binary search and decompresses it whole.
/// </para>
/// <para>
/// Thread safety: one reader is shared by all searches. It reads the file only through position-free spans, and
/// each thread decompresses into its own buffer, which also caches that thread's last block (the hits of a results
/// page often share one). Blocks above <see cref="MaxCachedBytes"/> (huge documents) get a buffer per call instead,
/// so a thread does not keep megabytes alive. Dispose only when no search uses the reader any more (the mapping is
/// released; see <see cref="FileMemory"/>).
/// </para>
/// </remarks>
internal sealed class StoredFieldsReader : IDisposable
{
    /// <summary>Decompressed blocks larger than this are not kept in the per-thread cache.</summary>
    public const int MaxCachedBytes = 1 << 20;

    private static long nextId;

    [ThreadStatic]
    private static DecompressedBlock? threadBlock;

    private readonly IndexInput input;
    private readonly FieldInfos fieldInfos;
    private readonly int[] firstDocs;
    private readonly long[] blockStarts;
    private readonly int[] rawLengths;
    private readonly long id = Interlocked.Increment(ref nextId);
    private bool disposed;

    private StoredFieldsReader(IndexInput input, FieldInfos fieldInfos, int maxDoc, int[] firstDocs, long[] blockStarts, int[] rawLengths)
    {
        this.rawLengths = rawLengths;
        this.input = input;
        this.fieldInfos = fieldInfos;
        MaxDoc = maxDoc;
        this.firstDocs = firstDocs;
        this.blockStarts = blockStarts;
    }

    /// <summary>Gets the number of documents in the segment.</summary>
    public int MaxDoc { get; }

    /// <summary>
    /// Opens the stored fields of <paramref name="segment"/>, a segment of <paramref name="maxDoc"/> documents; throws
    /// <see cref="CorruptIndexException"/> naming the file when any byte differs from what was written, the file
    /// was written for another document count, or a block's index entry or header is inconsistent.
    /// </summary>
    public static StoredFieldsReader Open(IndexDirectory directory, string segment, FieldInfos fieldInfos, int maxDoc)
    {
        ArgumentNullException.ThrowIfNull(fieldInfos);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDoc);
        IndexInput input = SegmentFile.Open(directory, segment, StoredFieldsWriter.Extension, StoredFieldsWriter.Codec, StoredFieldsWriter.VersionCurrent);
        try
        {
            return Load(input, fieldInfos, maxDoc);
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Passes the stored fields of document <paramref name="docId"/> to <paramref name="visitor"/>, in the order
    /// they were written, decoding only the fields it asks for.
    /// </summary>
    public void VisitDocument(int docId, StoredFieldVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(docId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(docId, MaxDoc);

        int block = Array.BinarySearch(firstDocs, 0, firstDocs.Length - 1, docId);
        if (block < 0)
        {
            block = ~block - 1;
        }

        DecompressedBlock target = threadBlock ??= new DecompressedBlock();
        if (target.ReaderId != id || target.Block != block || target.Busy)
        {
            // A new block goes to this thread's cache unless a visit on this thread is reading the cache right
            // now (a visitor fetching another document from a callback) or the block is huge.
            if (target.Busy || rawLengths[block] > MaxCachedBytes)
            {
                target = new DecompressedBlock();
            }

            Decompress(block, target);
        }

        target.Busy = true;
        try
        {
            int doc = docId - target.FirstDoc;
            int start = target.DocStarts[doc];
            Visit(new SpanReader(target.Raw.AsSpan(start, target.DocStarts[doc + 1] - start), input.Name), visitor);
        }
        finally
        {
            target.Busy = false;
        }
    }

    /// <summary>Releases the file; no visit may run at the same time or afterwards.</summary>
    public void Dispose()
    {
        disposed = true;
        input.Dispose();
    }

    private static StoredFieldsReader Load(IndexInput input, FieldInfos fieldInfos, int expectedMaxDoc)
    {
        long blocksStart = input.Position;
        long contentEnd = CodecUtil.ContentEnd(input);
        input.Position = contentEnd - 8;
        long indexOffset = input.ReadInt64();
        if (indexOffset < blocksStart || indexOffset > contentEnd - 8)
        {
            throw input.Corrupt($"block index offset {indexOffset} outside {blocksStart}..{contentEnd - 8}");
        }

        input.Position = indexOffset;
        int maxDoc = input.ReadVInt32();
        if (maxDoc != expectedMaxDoc)
        {
            throw input.Corrupt($"written for {maxDoc} documents, the segment has {expectedMaxDoc}");
        }

        // An index entry takes at least two bytes (document count, block length).
        int blockCount = input.CheckCount(input.ReadVInt32(), 2, "block count");
        if (blockCount > maxDoc)
        {
            throw input.Corrupt($"{blockCount} blocks for {maxDoc} documents");
        }

        // One sentinel entry each: the end of the last block, and MaxDoc as the first DocId after it.
        int[] firstDocs = new int[blockCount + 1];
        long[] blockStarts = new long[blockCount + 1];
        long doc = 0;
        long offset = blocksStart;
        for (int b = 0; b < blockCount; b++)
        {
            firstDocs[b] = (int)doc;
            blockStarts[b] = offset;
            int docs = input.ReadVInt32();
            long length = input.ReadVInt64();
            if (docs is < 1 or > StoredFieldsWriter.MaxDocsPerBlock || docs > maxDoc - doc || length < 1 || length > Math.Min(indexOffset - offset, int.MaxValue))
            {
                throw input.Corrupt($"block {b} ({docs} documents, {length} bytes from {offset}) does not fit {maxDoc - doc} more documents before offset {indexOffset}");
            }

            doc += docs;
            offset += length;
        }

        if (doc != maxDoc || offset != indexOffset || input.Position != contentEnd - 8)
        {
            throw input.Corrupt($"the block index covers {doc} of {maxDoc} documents and ends at {offset}, not {indexOffset}");
        }

        firstDocs[blockCount] = maxDoc;
        blockStarts[blockCount] = indexOffset;
        int[] rawLengths = new int[blockCount];
        for (int b = 0; b < blockCount; b++)
        {
            rawLengths[b] = ReadBlockHeader(input, b, blockStarts, firstDocs, docStarts: null, out _);
        }

        return new StoredFieldsReader(input, fieldInfos, maxDoc, firstDocs, blockStarts, rawLengths);
    }

    /// <summary>
    /// Parses the header of block <paramref name="block"/> (checking it against the index), fills
    /// <paramref name="docStarts"/> when given, and returns the raw length with the compressed bytes.
    /// </summary>
    private static int ReadBlockHeader(IndexInput input, int block, long[] blockStarts, int[] firstDocs, int[]? docStarts, out ReadOnlySpan<byte> compressed)
    {
        long start = blockStarts[block];
        var reader = new SpanReader(input.GetSpan(start, (int)(blockStarts[block + 1] - start)), input.Name);
        int docCount = reader.ReadInt32();
        if (docCount != firstDocs[block + 1] - firstDocs[block])
        {
            throw reader.Corrupt($"block {block} holds {docCount} documents, the index says {firstDocs[block + 1] - firstDocs[block]}");
        }

        long rawLength = 0;
        for (int i = 0; i < docCount; i++)
        {
            // The writer ends a block at the document that reaches BlockBytes: only the last one may start beyond.
            if (rawLength >= StoredFieldsWriter.BlockBytes)
            {
                throw reader.Corrupt($"block {block}: document {i} starts at raw byte {rawLength}, after the block should have ended");
            }

            if (docStarts is not null)
            {
                docStarts[i] = (int)rawLength;
            }

            rawLength += reader.ReadInt32();
            if (rawLength > Array.MaxLength)
            {
                throw reader.Corrupt($"block {block} claims more than {Array.MaxLength} raw bytes");
            }
        }

        if (docStarts is not null)
        {
            docStarts[docCount] = (int)rawLength;
        }

        compressed = reader.ReadBytes(reader.ReadInt32());
        if (!reader.AtEnd || compressed.IsEmpty != (rawLength == 0))
        {
            throw reader.Corrupt($"block {block}'s compressed length does not match the block's length in the index");
        }

        return (int)rawLength;
    }

    private void Decompress(int block, DecompressedBlock target)
    {
        target.Invalidate();
        int docCount = firstDocs[block + 1] - firstDocs[block];
        if (target.DocStarts.Length <= docCount)
        {
            target.DocStarts = new int[docCount + 1];
        }

        int rawLength = ReadBlockHeader(input, block, blockStarts, firstDocs, target.DocStarts, out ReadOnlySpan<byte> compressed);
        if (rawLength > MaxCachedBytes)
        {
            target.Raw = DecompressLarge(block, compressed, rawLength);
        }
        else if (target.Raw.Length < rawLength)
        {
            target.Raw = new byte[Math.Max(rawLength, Math.Min(2L * target.Raw.Length, MaxCachedBytes))];
        }

        if (rawLength is > 0 and <= MaxCachedBytes && (!BrotliDecoder.TryDecompress(compressed, target.Raw.AsSpan(0, rawLength), out int decoded) || decoded != rawLength))
        {
            throw new CorruptIndexException(input.Name, $"block {block} does not decompress to its {rawLength} bytes");
        }

        target.ReaderId = id;
        target.Block = block;
        target.FirstDoc = firstDocs[block];
    }

    /// <summary>
    /// Decompresses a block larger than <see cref="MaxCachedBytes"/> into a buffer that grows with the output
    /// actually produced: the declared raw length is a limit, never an allocation, so a forged length cannot
    /// claim gigabytes, and nothing is written past it.
    /// </summary>
    private byte[] DecompressLarge(int block, ReadOnlySpan<byte> compressed, int rawLength)
    {
        byte[] raw = new byte[(int)Math.Min(rawLength, Math.Max(MaxCachedBytes, compressed.Length * 4L))];
        using var decoder = new BrotliDecoder();
        int consumed = 0;
        int written = 0;
        while (true)
        {
            OperationStatus status = decoder.Decompress(compressed[consumed..], raw.AsSpan(written), out int read, out int produced);
            consumed += read;
            written += produced;
            if (status == OperationStatus.Done)
            {
                break;
            }

            if (status != OperationStatus.DestinationTooSmall)
            {
                throw new CorruptIndexException(input.Name, $"block {block} does not decompress ({status} after {written} of {rawLength} bytes)");
            }

            if (written == rawLength)
            {
                // Full: the stream must end here without producing another byte.
                Span<byte> probe = stackalloc byte[1];
                status = decoder.Decompress(compressed[consumed..], probe, out _, out produced);
                if (status != OperationStatus.Done || produced != 0)
                {
                    throw new CorruptIndexException(input.Name, $"block {block} decompresses to more than its {rawLength} bytes");
                }

                break;
            }

            Array.Resize(ref raw, (int)Math.Min(raw.Length * 2L, rawLength));
        }

        if (written != rawLength)
        {
            throw new CorruptIndexException(input.Name, $"block {block} decompresses to {written} bytes, not its {rawLength}");
        }

        return raw;
    }

    private void Visit(SpanReader reader, StoredFieldVisitor visitor)
    {
        while (!reader.AtEnd)
        {
            ulong code = reader.ReadVarint();
            ulong number = code >> 1;
            if (number >= (ulong)fieldInfos.Count)
            {
                throw reader.Corrupt($"stored field number {number} is not a field of the segment");
            }

            FieldInfo field = fieldInfos[(int)number];
            StoredFieldStatus status = visitor.NeedsField(field);
            if (status == StoredFieldStatus.Stop)
            {
                return;
            }

            bool wanted = status == StoredFieldStatus.Yes;
            if ((code & 1) == StoredFieldsWriter.TypeString)
            {
                if (wanted)
                {
                    visitor.StringField(field, reader.ReadString());
                }
                else
                {
                    reader.SkipString();
                }
            }
            else
            {
                ulong zigzag = reader.ReadVarint();
                if (wanted)
                {
                    visitor.Int64Field(field, (long)(zigzag >> 1) ^ -(long)(zigzag & 1));
                }
            }
        }
    }
}
