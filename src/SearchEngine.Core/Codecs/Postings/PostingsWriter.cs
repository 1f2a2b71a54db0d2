using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.Postings;

/// <summary>
/// Writes the postings of one term at a time to the documents file (<c>.doc</c>) and the positions file
/// (<c>.pos</c>) and returns the term's <see cref="TermInfo"/> for the dictionary.
/// </summary>
/// <remarks>
/// <para>Grammar of <c>.doc</c> (one <c>TermDocs</c> per term with DocFreq &gt; 1, in dictionary order):</para>
/// <code>
/// DocFile     := Header TermDocs* Footer
/// TermDocs    := PackedBlock^(DocFreq / 128) TailBlock? SkipData?       SkipData only when DocFreq &gt; 128
/// PackedBlock := DocDeltas:Packed128 [Freqs:Packed128]                  Freqs when the field has frequencies
/// Packed128   := BitsPerValue:byte Bytes[16 * BitsPerValue]           (see ForUtil; values minus one)
/// TailBlock   := TailDoc^(DocFreq % 128)
/// TailDoc     := DocDelta-1:VInt                                        without frequencies
///              | ((DocDelta-1) &lt;&lt; 1 | (Freq == 1)):VLong [Freq:VInt if Freq != 1]
/// SkipData    := SkipEntry^ceil(DocFreq / 128)                          one per block, the tail included
/// SkipEntry   := LastDocDelta:VInt DocPointerDelta:VLong [PosPointerDelta:VLong] ImpactsLength:VInt Impacts
/// Impacts     := (FreqDelta:VInt NormDelta:VInt)+                       (see CompetitiveImpacts)
/// </code>
/// <para>DocDelta is the difference from the previous document of the term (the first from -1), so it is at least
/// 1 and stored minus one: a run of consecutive documents packs at width 0, as do frequencies that are all 1.
/// In a skip entry, LastDocDelta is the block's last document minus the previous block's (the first from -1);
/// DocPointerDelta and PosPointerDelta are the starts of the block's documents and of its first document's
/// positions, minus the previous entry's (the first entry's from the term's pointers, so 0). A term with
/// DocFreq 1 writes nothing here: its document is inline in the dictionary.</para>
/// <para>The positions file is described in <c>PostingsWriter.Positions.cs</c>.</para>
/// </remarks>
internal sealed partial class PostingsWriter
{
    private const int BlockSize = PostingsFormat.BlockSize;

    private readonly IndexOutput docOut;
    private readonly IndexOutput posOut;
    private readonly int maxDoc;
    private readonly int[] docDeltas = new int[BlockSize];
    private readonly int[] freqs = new int[BlockSize];
    private readonly int[] values = new int[BlockSize];
    private readonly byte[] packed = new byte[ForUtil.EncodedLength(ForUtil.MaxBits)];
    private readonly CompetitiveImpacts impacts = new();
    private readonly ScratchBuffer skip = new();
    private readonly ScratchBuffer impactBytes = new();
    private byte[] norms = [];
    private bool hasNorms;
    private bool hasFreqs;
    private bool hasPositions;
    private bool hasOffsets;

    // The current term.
    private long termDocStart;
    private long termPosStart;
    private int docFreq;
    private long totalTermFreq;
    private int lastDoc;
    private int buffered;
    private long blockDocStart;
    private long blockPosStart;
    private int skipLastDoc;
    private long skipDocPointer;
    private long skipPosPointer;

    // The current document (see also PostingsWriter.Positions.cs).
    private int freq;

    /// <summary>Initializes a writer appending to the two files, whose headers are already written.</summary>
    public PostingsWriter(IndexOutput docOut, IndexOutput posOut, int maxDoc)
    {
        this.docOut = docOut;
        this.posOut = posOut;
        this.maxDoc = maxDoc;
    }

    /// <summary>Gets the number of documents of the current term so far.</summary>
    public int DocFreq => docFreq;

    /// <summary>Sets the field whose terms follow; <paramref name="fieldNorms"/> holds one byte per document, or is empty without norms.</summary>
    public void StartField(FieldInfo field, ReadOnlySpan<byte> fieldNorms)
    {
        hasFreqs = field.HasFreqs;
        hasPositions = field.HasPositions;
        hasOffsets = field.HasOffsets;
        hasNorms = field.HasNorms;
        if (hasNorms)
        {
            if (fieldNorms.Length != maxDoc)
            {
                throw new ArgumentException($"Field '{field.Name}' has norms, so it needs one norm byte per document ({maxDoc}); got {fieldNorms.Length}.", nameof(fieldNorms));
            }

            // Copied because a span cannot be kept between calls; one byte per document per field is cheap beside the postings.
            if (norms.Length < maxDoc)
            {
                norms = new byte[maxDoc];
            }

            fieldNorms.CopyTo(norms);
        }
    }

    /// <summary>Starts a term.</summary>
    public void StartTerm()
    {
        termDocStart = docOut.Position;
        termPosStart = hasPositions ? posOut.Position : 0;
        docFreq = 0;
        totalTermFreq = 0;
        lastDoc = -1;
        buffered = 0;
        skip.Reset();
        skipLastDoc = -1;
        skipDocPointer = termDocStart;
        skipPosPointer = termPosStart;
    }

    /// <summary>Starts a document of the current term.</summary>
    public void StartDoc(int docId, int docFreqInDoc)
    {
        if (docId <= lastDoc || docId >= maxDoc)
        {
            throw new ArgumentOutOfRangeException(nameof(docId), docId, $"Documents of a term must ascend within 0..{maxDoc - 1}; the previous was {lastDoc}.");
        }

        if (hasFreqs && docFreqInDoc < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(docFreqInDoc), docFreqInDoc, "A document containing a term has a frequency of at least 1.");
        }

        if (buffered == 0)
        {
            blockDocStart = docOut.Position;
            blockPosStart = hasPositions ? posOut.Position : 0;
        }

        freq = hasFreqs ? docFreqInDoc : 1;
        docDeltas[buffered] = docId - lastDoc - 1;
        freqs[buffered] = freq;
        impacts.Add(freq, hasNorms ? norms[docId] : PostingsFormat.NoNorm);
        buffered++;
        docFreq++;
        totalTermFreq += freq;
        lastDoc = docId;
        positionCount = 0;
        lastPosition = 0;
        lastEndOffset = 0;
    }

    /// <summary>Finishes the current document; writes a packed block when 128 documents are buffered.</summary>
    public void FinishDoc()
    {
        if (hasPositions && positionCount != freq)
        {
            throw new InvalidOperationException($"Document {lastDoc} has frequency {freq} but {positionCount} positions.");
        }

        if (buffered == BlockSize)
        {
            WritePacked(docDeltas);
            if (hasFreqs)
            {
                for (int i = 0; i < BlockSize; i++)
                {
                    values[i] = freqs[i] - 1;
                }

                WritePacked(values);
            }

            AddSkipEntry();
            buffered = 0;
        }
    }

    /// <summary>Finishes the current term; returns false when it had no documents (nothing is written).</summary>
    public bool FinishTerm(out TermInfo info)
    {
        if (docFreq == 0)
        {
            info = default;
            return false;
        }

        if (docFreq == 1)
        {
            // Pulsing: the only document goes inline in the dictionary, so reading it costs no seek in .doc.
            impacts.Clear();
            buffered = 0;
            info = new TermInfo(1, totalTermFreq, termDocStart, termPosStart, 0, lastDoc);
            return true;
        }

        WriteTail();
        long skipOffset = 0;
        if (docFreq > BlockSize)
        {
            skipOffset = docOut.Position - termDocStart;
            skip.WriteTo(docOut);
        }

        info = new TermInfo(docFreq, totalTermFreq, termDocStart, termPosStart, skipOffset, -1);
        return true;
    }

    private void WriteTail()
    {
        if (buffered == 0)
        {
            return;
        }

        for (int i = 0; i < buffered; i++)
        {
            if (!hasFreqs)
            {
                docOut.WriteVInt32(docDeltas[i]);
            }
            else if (freqs[i] == 1)
            {
                docOut.WriteVInt64(((long)docDeltas[i] << 1) | 1);
            }
            else
            {
                docOut.WriteVInt64((long)docDeltas[i] << 1);
                docOut.WriteVInt32(freqs[i]);
            }
        }

        // The tail gets a skip entry too, so its impacts are exact and Advance can jump straight to it.
        if (docFreq > BlockSize)
        {
            AddSkipEntry();
        }
        else
        {
            impacts.Clear();
        }

        buffered = 0;
    }

    private void WritePacked(int[] block)
    {
        int bits = ForUtil.BitsRequired(block);
        int length = ForUtil.EncodedLength(bits);
        ForUtil.Encode(block, bits, packed);
        docOut.WriteByte((byte)bits);
        docOut.WriteBytes(packed.AsSpan(0, length));
    }

    private void AddSkipEntry()
    {
        skip.WriteVInt32(lastDoc - skipLastDoc);
        skip.WriteVInt64(blockDocStart - skipDocPointer);
        if (hasPositions)
        {
            skip.WriteVInt64(blockPosStart - skipPosPointer);
        }

        impactBytes.Reset();
        impacts.WriteAndReset(impactBytes);
        skip.WriteVInt32(impactBytes.Length);
        skip.WriteBytes(impactBytes.Written);
        skipLastDoc = lastDoc;
        skipDocPointer = blockDocStart;
        skipPosPointer = blockPosStart;
    }
}
