using System.Buffers;
using System.IO.Compression;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.StoredFields;

/// <summary>
/// Writes the stored fields of one segment: documents' string and 64-bit values, buffered into blocks of about
/// 16 KiB and compressed with Brotli, followed by an index of the blocks that the reader keeps in memory.
/// </summary>
/// <remarks>
/// <para>Grammar of <c>&lt;segment&gt;.fdt</c>:</para>
/// <code>
/// StoredFields := Header("SearchEngine.StoredFields", 1) Segment:string Block^BlockCount Index IndexOffset:int64 Footer
/// Block        := DocCount:VInt DocLength:VInt^DocCount CompressedLength:VInt Compressed:byte^CompressedLength
/// Compressed   := Brotli(Doc^DocCount)            (RawLength = the sum of the DocLengths)
/// Doc          := Field*                          (exactly DocLength bytes)
/// Field        := (FieldNumber &lt;&lt; 1 | Type):varint Value
/// Value        := Length:varint Utf8:byte^Length   (Type 0, string)
///               | ZigZag(value):varint             (Type 1, int64; up to 10 bytes)
/// Index        := MaxDoc:VInt BlockCount:VInt (DocCount:VInt BlockLength:VLong)^BlockCount
/// </code>
/// <para>
/// IndexOffset points at Index; blocks follow one another from the end of the segment name, so a block's start
/// is the sum of the lengths before it. A block is cut once its raw documents reach <see cref="BlockBytes"/> or
/// it holds <see cref="MaxDocsPerBlock"/> documents; documents are never split, so a large one ends its block.
/// </para>
/// <para>
/// Brotli at quality 2 was chosen on measurements of 16 KiB blocks of Danish/Dutch news text (docs/FORMAT.md):
/// it decompresses a block in about 43 µs with no allocation through the one-shot span API
/// (<see cref="BrotliDecoder.TryDecompress"/>), at ratio 0.425. Deflate (zlib level 3) is faster to decompress
/// (about 30 µs, ratio 0.418) but needs a stream, 280 managed bytes and native inflater state per block, and
/// "fastest" Deflate compresses poorly (0.586). Brotli quality 0 and 1 are larger (0.46) and decode slower.
/// </para>
/// </remarks>
internal sealed class StoredFieldsWriter : IDisposable
{
    /// <summary>The file extension of stored fields files.</summary>
    public const string Extension = "fdt";

    /// <summary>The codec name in the file header.</summary>
    public const string Codec = "SearchEngine.StoredFields";

    /// <summary>The format version this build writes.</summary>
    public const int VersionCurrent = 1;

    /// <summary>The raw size at which a block is compressed and written.</summary>
    public const int BlockBytes = 16 * 1024;

    /// <summary>The most documents one block holds (bounds the per-block header and a reader's lookup work).</summary>
    public const int MaxDocsPerBlock = 128;

    internal const int BrotliQuality = 2;
    internal const int BrotliWindow = 22;
    internal const int TypeString = 0;
    internal const int TypeInt64 = 1;

    private readonly IndexOutput output;
    private readonly ByteBuffer data = new(BlockBytes * 2);
    private readonly int[] docLengths = new int[MaxDocsPerBlock];
    private readonly List<(int DocCount, long Length)> blocks = [];
    private int blockDocs;
    private int docStart = -1;
    private int docCount;
    private bool finished;

    /// <summary>Creates the stored fields file of <paramref name="segment"/>.</summary>
    public StoredFieldsWriter(IndexDirectory directory, string segment)
    {
        output = SegmentFile.Create(directory, segment, Extension, Codec, VersionCurrent);
    }

    /// <summary>Starts the next document (DocIds are given in call order, from 0).</summary>
    public void StartDocument()
    {
        ObjectDisposedException.ThrowIf(finished, this);
        if (docStart >= 0)
        {
            throw new InvalidOperationException("The previous document was not finished.");
        }

        docStart = data.Length;
    }

    /// <summary>Adds a string value of <paramref name="field"/> to the current document.</summary>
    public void WriteString(FieldInfo field, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        WriteFieldCode(field, TypeString);
        data.WriteString(value);
    }

    /// <summary>Adds a 64-bit value of <paramref name="field"/> to the current document.</summary>
    public void WriteInt64(FieldInfo field, long value)
    {
        WriteFieldCode(field, TypeInt64);
        // Zig-zag keeps small negative numbers short: 0, -1, 1, -2 ... become 0, 1, 2, 3 ...
        data.WriteVarint((ulong)((value << 1) ^ (value >> 63)));
    }

    /// <summary>Ends the current document; writes a block when it is full.</summary>
    public void FinishDocument()
    {
        RequireOpenDocument();
        docLengths[blockDocs++] = data.Length - docStart;
        docStart = -1;
        docCount++;
        if (data.Length >= BlockBytes || blockDocs == MaxDocsPerBlock)
        {
            FlushBlock();
        }
    }

    /// <summary>Writes the last block, the index and the footer, and closes the file.</summary>
    /// <param name="maxDoc">The segment's document count, which must equal the number of documents written.</param>
    public void Finish(int maxDoc)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        if (docStart >= 0)
        {
            throw new InvalidOperationException("The last document was not finished.");
        }

        if (maxDoc != docCount)
        {
            throw new InvalidOperationException($"{docCount} documents were written for a segment of {maxDoc}.");
        }

        if (blockDocs > 0)
        {
            FlushBlock();
        }

        long indexOffset = output.Position;
        output.WriteVInt32(maxDoc);
        output.WriteVInt32(blocks.Count);
        foreach ((int docs, long length) in blocks)
        {
            output.WriteVInt32(docs);
            output.WriteVInt64(length);
        }

        output.WriteInt64(indexOffset);
        CodecUtil.WriteFooter(output, VersionCurrent);
        finished = true;
        output.Dispose();
    }

    /// <summary>Closes the file; without <see cref="Finish"/> it stays incomplete and fails its checks when read.</summary>
    public void Dispose()
    {
        finished = true;
        output.Dispose();
    }

    private void WriteFieldCode(FieldInfo field, int type)
    {
        ArgumentNullException.ThrowIfNull(field);
        RequireOpenDocument();
        data.WriteVarint(((ulong)(uint)field.Number << 1) | (uint)type);
    }

    private void RequireOpenDocument()
    {
        ObjectDisposedException.ThrowIf(finished, this);
        if (docStart < 0)
        {
            throw new InvalidOperationException("No document was started.");
        }
    }

    private void FlushBlock()
    {
        long start = output.Position;
        output.WriteVInt32(blockDocs);
        for (int i = 0; i < blockDocs; i++)
        {
            output.WriteVInt32(docLengths[i]);
        }

        ReadOnlySpan<byte> raw = data.Written;
        if (raw.IsEmpty)
        {
            // Documents without stored fields: nothing to compress (Brotli would still emit a byte).
            output.WriteVInt32(0);
        }
        else
        {
            byte[] compressed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(raw.Length));
            try
            {
                if (!BrotliEncoder.TryCompress(raw, compressed, out int written, BrotliQuality, BrotliWindow))
                {
                    throw new InvalidOperationException("Brotli could not compress a stored fields block.");
                }

                output.WriteVInt32(written);
                output.WriteBytes(compressed.AsSpan(0, written));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(compressed);
            }
        }

        blocks.Add((blockDocs, output.Position - start));
        blockDocs = 0;
        data.Reset(BlockBytes * 2);
    }
}
