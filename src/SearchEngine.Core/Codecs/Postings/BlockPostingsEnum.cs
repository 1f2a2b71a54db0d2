using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.Postings;

/// <summary>
/// Iterates the postings of one term (format in <see cref="PostingsWriter"/>): decodes a block of 128 document
/// ids and frequencies at a time into reusable buffers; positions are read lazily from <c>.pos</c>.
/// </summary>
/// <remarks>
/// <para>The hot path (<see cref="NextDoc"/>) is an increment and an array read, with a block decode every 128
/// documents; nothing is allocated per document. <see cref="Advance"/> jumps blocks through the skip data, then
/// scans the decoded block.</para>
/// <para>Positions are not read until asked: <c>posPending</c> counts the positions of documents passed over
/// (plus the current one's), and the first <see cref="NextPosition"/> of a document skips the stale ones. A jump
/// through the skip data resets it, because the skip entry gives the block's position pointer.</para>
/// <para>Reuse: <see cref="Reset"/> rebinds the enum to another term of any field of the same reader, keeping
/// its buffers and input clones.</para>
/// </remarks>
internal sealed partial class BlockPostingsEnum : PostingsEnum
{
    private const int BlockSize = PostingsFormat.BlockSize;

    private readonly IndexInput docIn;
    private readonly IndexInput posIn;
    private readonly SkipReader docSkipper;
    private readonly int[] docBuffer = new int[BlockSize];
    private readonly int[] freqBuffer = new int[BlockSize];
    private readonly int maxDoc;

    // The term.
    private int docFreq;
    private long totalTermFreq;
    private int blockCount;
    private bool hasSkipData;
    private TermInfo termInfo;
    private bool indexHasFreqs;
    private bool indexHasPositions;
    private bool indexHasOffsets;
    private bool needFreqs;
    private bool needPositions;
    private bool needOffsets;

    // The documents: block blockIndex is decoded in the buffers, its last document is lastDocInBuffer.
    private int doc;
    private int bufferUpto;
    private int bufferCount;
    private int blockIndex;
    private int lastDocInBuffer;

    /// <summary>Initializes an enum reading the files of <paramref name="owner"/>; call <see cref="Reset"/> before use.</summary>
    public BlockPostingsEnum(InvertedIndexReader owner)
    {
        Owner = owner;
        maxDoc = owner.MaxDoc;
        docIn = owner.DocsInput.Clone();
        posIn = owner.PositionsInput.Clone();
        docSkipper = new SkipReader(owner.DocsInput.Clone(), owner.MaxDoc);
    }

    /// <summary>Gets the reader whose files this enum reads; only its terms can reuse the enum.</summary>
    public InvertedIndexReader Owner { get; }

    /// <inheritdoc />
    public override int DocId => doc;

    /// <inheritdoc />
    public override int Freq => needFreqs ? freqBuffer[bufferUpto] : 1;

    /// <inheritdoc />
    public override long Cost => docFreq;

    /// <summary>Binds the enum to the term described by <paramref name="info"/> in <paramref name="field"/>, decoding only <paramref name="features"/>.</summary>
    public void Reset(FieldReader field, in TermInfo info, PostingsFeatures features)
    {
        FieldInfo fieldInfo = field.Info;
        indexHasFreqs = fieldInfo.HasFreqs;
        indexHasPositions = fieldInfo.HasPositions;
        indexHasOffsets = fieldInfo.HasOffsets;
        needPositions = indexHasPositions && (features & (PostingsFeatures.Positions | PostingsFeatures.Offsets)) != 0;
        needFreqs = indexHasFreqs && features != PostingsFeatures.None;
        needOffsets = needPositions && indexHasOffsets && (features & PostingsFeatures.Offsets) != 0;
        termInfo = info;
        docFreq = info.DocFreq;
        totalTermFreq = info.TotalTermFreq;
        blockCount = (docFreq + BlockSize - 1) / BlockSize;
        hasSkipData = docFreq > BlockSize;
        doc = -1;
        bufferUpto = -1;
        bufferCount = 0;
        blockIndex = -1;
        lastDocInBuffer = -1;
        if (docFreq == 1)
        {
            docBuffer[0] = info.SingletonDocId;
            freqBuffer[0] = (int)totalTermFreq;
            bufferCount = 1;
            blockIndex = 0;
            lastDocInBuffer = info.SingletonDocId;
        }
        else
        {
            docIn.Position = info.DocPointer;
        }

        if (hasSkipData)
        {
            docSkipper.Reset(info.DocPointer + info.SkipOffset, info.DocPointer, info.PositionsPointer, blockCount, indexHasPositions);
        }

        ResetPositions(info.PositionsPointer);
        ResetImpacts(fieldInfo.HasNorms);
    }

    /// <inheritdoc />
    public override int NextDoc()
    {
        if (++bufferUpto >= bufferCount)
        {
            if (blockIndex + 1 >= blockCount)
            {
                bufferUpto = bufferCount;
                return doc = NoMoreDocs;
            }

            DecodeBlock(blockIndex + 1);
            bufferUpto = 0;
        }

        doc = docBuffer[bufferUpto];
        if (needPositions)
        {
            EnterDoc(freqBuffer[bufferUpto]);
        }

        return doc;
    }

    /// <inheritdoc />
    public override int Advance(int target)
    {
        if (doc == NoMoreDocs)
        {
            return doc;
        }

        if (target <= doc)
        {
            target = doc + 1;
        }

        if (hasSkipData && target > lastDocInBuffer)
        {
            if (!docSkipper.SkipTo(target))
            {
                blockIndex = blockCount;
                bufferUpto = bufferCount;
                return doc = NoMoreDocs;
            }

            // The block holding the target starts at the skip entry: jump there unless the next block is it anyway.
            if (docSkipper.EntryIndex > blockIndex + 1 && docSkipper.PreviousLastDoc < target)
            {
                docIn.Position = docSkipper.DocPointer;
                JumpPositions(docSkipper.PosPointer);
                lastDocInBuffer = docSkipper.PreviousLastDoc;
                blockIndex = docSkipper.EntryIndex - 1;
                bufferCount = 0;
                bufferUpto = -1;
            }
        }

        while (true)
        {
            if (++bufferUpto >= bufferCount)
            {
                if (blockIndex + 1 >= blockCount)
                {
                    bufferUpto = bufferCount;
                    return doc = NoMoreDocs;
                }

                DecodeBlock(blockIndex + 1);
                bufferUpto = 0;
            }

            if (docBuffer[bufferUpto] >= target)
            {
                break;
            }

            if (needPositions)
            {
                PassDoc(freqBuffer[bufferUpto]);
            }
        }

        doc = docBuffer[bufferUpto];
        if (needPositions)
        {
            EnterDoc(freqBuffer[bufferUpto]);
        }

        return doc;
    }

    /// <remarks>
    /// The block is checked once, after decoding, instead of per document: documents are summed in a long from
    /// deltas of at least 1, so the last one below MaxDoc and the start at least -1 put every document in range;
    /// frequencies and oversized deltas are or-ed together, so a negative sign flags any of them.
    /// </remarks>
    private void DecodeBlock(int block)
    {
        long start = lastDocInBuffer;
        long acc = start;
        long bad = 0;
        int count = Math.Min(BlockSize, docFreq - (block * BlockSize));
        if (count == BlockSize)
        {
            ReadPacked(docBuffer);
            int[] docs = docBuffer;
            for (int i = 0; i < docs.Length; i++)
            {
                acc += (uint)docs[i] + 1L;
                docs[i] = (int)acc;
            }

            if (indexHasFreqs)
            {
                if (needFreqs)
                {
                    ReadPacked(freqBuffer);
                    int[] freqs = freqBuffer;
                    for (int i = 0; i < freqs.Length; i++)
                    {
                        // Stored as freq - 1: 2^31 - 1 and above would wrap to a frequency below 1.
                        int stored = freqs[i];
                        int freq = stored + 1;
                        bad |= (long)(stored | freq);
                        freqs[i] = freq;
                    }
                }
                else
                {
                    int bits = ReadBits();
                    _ = docIn.ReadSpan(ForUtil.EncodedLength(bits));
                }
            }
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                if (indexHasFreqs)
                {
                    long code = docIn.ReadVInt64();
                    bad |= int.MaxValue - (code >>> 1);
                    acc += (code >>> 1) + 1;
                    int freq = (code & 1) != 0 ? 1 : docIn.ReadVInt32();
                    bad |= freq - 1L;
                    freqBuffer[i] = freq;
                }
                else
                {
                    acc += docIn.ReadVInt32() + 1L;
                }

                docBuffer[i] = (int)acc;
            }
        }

        if (acc >= maxDoc || start < -1 || bad < 0)
        {
            throw docIn.Corrupt($"postings block {block} at {docIn.Position}: documents {start + 1}..{acc} outside 0..{maxDoc - 1}, or a frequency below 1");
        }

        bufferCount = count;
        lastDocInBuffer = (int)acc;
        blockIndex = block;
    }

    private void ReadPacked(int[] destination)
    {
        int bits = ReadBits();
        ForUtil.Decode(docIn.ReadSpan(ForUtil.EncodedLength(bits)), bits, destination);
    }

    private int ReadBits()
    {
        int bits = docIn.ReadByte();
        if (bits > ForUtil.MaxBits)
        {
            throw docIn.Corrupt($"packed block of {bits} bits per value at {docIn.Position - 1}");
        }

        return bits;
    }
}
