using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.Postings;

/// <summary>
/// Writes the term dictionary (<c>.tim</c>) in blocks of <see cref="PostingsFormat.TermsPerBlock"/> terms and
/// collects the terms index (<c>.tip</c>): the first term and file pointer of every block, and each field's
/// statistics.
/// </summary>
/// <remarks>
/// <para>Grammar of <c>.tim</c> (the blocks of each field in turn, fields in the writer's order):</para>
/// <code>
/// TermsFile := Header Block* Footer
/// Block     := EntryCount:VInt SuffixLength:VInt Suffix^EntryCount MetaLength:VInt TermMeta^EntryCount
/// Suffix    := PrefixLength:VInt SuffixCount:VInt SuffixBytes[SuffixCount]
/// TermMeta  := DocFreqCode:VLong [TotalTermFreqDelta:VLong]
///              (SingletonDoc:VInt | DocPointerDelta:VLong [SkipOffset:VLong]) [PosPointerDelta:VLong]
/// </code>
/// <para>Each term shares PrefixLength bytes with the previous term of its block (the first shares none, so a
/// block decodes on its own). Suffixes and metadata are separate sections so a seek scans term bytes without
/// decoding statistics, which are decoded only for the term it lands on. Without frequencies DocFreqCode is
/// DocFreq; with them it is <c>DocFreq &lt;&lt; 1 | (TotalTermFreq == DocFreq)</c>, and when that bit is 0,
/// TotalTermFreqDelta = TotalTermFreq - DocFreq - 1 follows. A term with DocFreq 1 stores its document inline
/// (SingletonDoc, "pulsing"); others store DocPointerDelta (from the previous such term of the block, the first
/// from 0) and, when DocFreq &gt; 128, SkipOffset (from the term's DocPointer to its skip data).
/// PosPointerDelta (fields with positions) is from the previous term of the block, the first from 0.</para>
/// <para>Grammar of <c>.tip</c> (read whole into memory at open):</para>
/// <code>
/// TermsIndex := Header FieldCount:VInt FieldEntry^FieldCount TermsEnd:VLong DocsEnd:VLong PositionsEnd:VLong Footer
/// FieldEntry := FieldNumber:VInt IndexOptions:byte TermCount:VLong SumDocFreq:VLong SumTotalTermFreq:VLong
///               DocCount:VInt BlockCount:VInt IndexEntry^BlockCount
/// IndexEntry := PrefixLength:VInt SuffixCount:VInt SuffixBytes[SuffixCount] BlockPointerDelta:VLong
/// </code>
/// <para>An IndexEntry is the first term of a block, prefix-compressed against the previous entry's, and the
/// block's offset in <c>.tim</c> minus the previous block's (the first from 0). The three End values are the
/// content lengths (footer offsets) of the other files, checked at open so files of different segments or
/// truncated ones are never mixed. Fields without any term are absent.</para>
/// </remarks>
internal sealed class TermsWriter
{
    private readonly IndexOutput timOut;
    private readonly ScratchBuffer suffixes = new();
    private readonly ScratchBuffer metas = new();
    private readonly ScratchBuffer fieldIndex = new();
    private readonly ScratchBuffer index = new();
    private byte[] lastTerm = new byte[64];
    private int lastTermLength;
    private byte[] blockFirstTerm = new byte[64];
    private int blockFirstTermLength;
    private byte[] lastIndexTerm = new byte[64];
    private int lastIndexTermLength;
    private int entries;
    private long lastDocPointer;
    private long lastPosPointer;
    private long lastBlockPointer;
    private int blockCount;
    private int fieldCount;
    private bool hasFreqs;
    private bool hasPositions;

    /// <summary>Initializes a writer appending blocks to <paramref name="timOut"/>, whose header is already written.</summary>
    public TermsWriter(IndexOutput timOut)
    {
        this.timOut = timOut;
    }

    /// <summary>Starts the terms of <paramref name="field"/>.</summary>
    public void StartField(FieldInfo field)
    {
        hasFreqs = field.HasFreqs;
        hasPositions = field.HasPositions;
        fieldIndex.Reset();
        entries = 0;
        blockCount = 0;
        lastBlockPointer = 0;
        lastIndexTermLength = 0;
    }

    /// <summary>Adds a term (greater than the previous one of the field) and its dictionary entry.</summary>
    public void AddTerm(ReadOnlySpan<byte> term, in TermInfo info)
    {
        int prefix = 0;
        if (entries == 0)
        {
            Copy(term, ref blockFirstTerm, out blockFirstTermLength);
            lastDocPointer = 0;
            lastPosPointer = 0;
        }
        else
        {
            prefix = term.CommonPrefixLength(lastTerm.AsSpan(0, lastTermLength));
        }

        suffixes.WriteVInt32(prefix);
        suffixes.WriteVInt32(term.Length - prefix);
        suffixes.WriteBytes(term[prefix..]);
        WriteMeta(info);
        Copy(term, ref lastTerm, out lastTermLength);
        if (++entries == PostingsFormat.TermsPerBlock)
        {
            WriteBlock();
        }
    }

    /// <summary>Writes the last block of the field and records the field's entry of the terms index.</summary>
    public void FinishField(FieldInfo field, long termCount, long sumDocFreq, long sumTotalTermFreq, int docCount)
    {
        if (entries > 0)
        {
            WriteBlock();
        }

        index.WriteVInt32(field.Number);
        index.WriteByte((byte)field.IndexOptions);
        index.WriteVInt64(termCount);
        index.WriteVInt64(sumDocFreq);
        index.WriteVInt64(sumTotalTermFreq);
        index.WriteVInt32(docCount);
        index.WriteVInt32(blockCount);
        index.WriteBytes(fieldIndex.Written);
        fieldCount++;
    }

    /// <summary>Writes the terms index content; the arguments are the content lengths of the other three files.</summary>
    public void WriteIndex(IndexOutput tipOut, long termsEnd, long docsEnd, long positionsEnd)
    {
        tipOut.WriteVInt32(fieldCount);
        index.WriteTo(tipOut);
        tipOut.WriteVInt64(termsEnd);
        tipOut.WriteVInt64(docsEnd);
        tipOut.WriteVInt64(positionsEnd);
    }

    private void WriteMeta(in TermInfo info)
    {
        if (hasFreqs)
        {
            bool flat = info.TotalTermFreq == info.DocFreq;
            metas.WriteVInt64(((long)info.DocFreq << 1) | (flat ? 1L : 0L));
            if (!flat)
            {
                metas.WriteVInt64(info.TotalTermFreq - info.DocFreq - 1);
            }
        }
        else
        {
            metas.WriteVInt32(info.DocFreq);
        }

        if (info.DocFreq == 1)
        {
            metas.WriteVInt32(info.SingletonDocId);
        }
        else
        {
            metas.WriteVInt64(info.DocPointer - lastDocPointer);
            lastDocPointer = info.DocPointer;
            if (info.DocFreq > PostingsFormat.BlockSize)
            {
                metas.WriteVInt64(info.SkipOffset);
            }
        }

        if (hasPositions)
        {
            metas.WriteVInt64(info.PositionsPointer - lastPosPointer);
            lastPosPointer = info.PositionsPointer;
        }
    }

    private void WriteBlock()
    {
        ReadOnlySpan<byte> first = blockFirstTerm.AsSpan(0, blockFirstTermLength);
        int prefix = first.CommonPrefixLength(lastIndexTerm.AsSpan(0, lastIndexTermLength));
        fieldIndex.WriteVInt32(prefix);
        fieldIndex.WriteVInt32(first.Length - prefix);
        fieldIndex.WriteBytes(first[prefix..]);
        fieldIndex.WriteVInt64(timOut.Position - lastBlockPointer);
        lastBlockPointer = timOut.Position;
        Copy(first, ref lastIndexTerm, out lastIndexTermLength);

        timOut.WriteVInt32(entries);
        timOut.WriteVInt32(suffixes.Length);
        suffixes.WriteTo(timOut);
        timOut.WriteVInt32(metas.Length);
        metas.WriteTo(timOut);
        suffixes.Reset();
        metas.Reset();
        entries = 0;
        blockCount++;
    }

    private static void Copy(ReadOnlySpan<byte> source, ref byte[] destination, out int length)
    {
        if (destination.Length < source.Length)
        {
            destination = new byte[Math.Max(source.Length, destination.Length * 2)];
        }

        source.CopyTo(destination);
        length = source.Length;
    }
}
