using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.Postings;

/// <summary>
/// Iterates and seeks the terms of one field: a binary search of the in-memory terms index picks the block, then
/// the block's suffixes are scanned; a term's metadata is decoded only when asked for.
/// </summary>
/// <remarks>
/// Two clones of <c>.tim</c> read a block's two sections side by side: suffixes advance with the scan, metadata
/// (delta-coded, so decoded in order) catches up lazily to the current entry. A seek to a term in the block the
/// enum is already on continues the scan instead of restarting it, so ascending lookups stay cheap.
/// </remarks>
internal sealed partial class SegmentTermsEnum : TermsEnum
{
    private readonly FieldReader field;
    private readonly IndexInput suffixIn;
    private readonly IndexInput metaIn;
    private readonly bool hasFreqs;
    private readonly bool hasPositions;
    private byte[] term = new byte[64];
    private int termLength;
    private byte[] seekScratch = [];
    private Place place;

    // The current block.
    private int blockIndex = -1;
    private int entryCount;
    private int entryIndex;

    // Metadata of entry metaDecoded - 1 (or, after a seek by TermInfo, of the current term).
    private int metaDecoded;
    private int docFreq;
    private long totalTermFreq;
    private long docPointer;
    private long posPointer;
    private long skipOffset;
    private int singletonDoc;

    /// <summary>Initializes an unpositioned enum over <paramref name="field"/>.</summary>
    public SegmentTermsEnum(FieldReader field)
    {
        this.field = field;
        suffixIn = field.Reader.TermsInput.Clone();
        metaIn = field.Reader.TermsInput.Clone();
        hasFreqs = field.Info.HasFreqs;
        hasPositions = field.Info.HasPositions;
    }

    private enum Place
    {
        Unpositioned,
        OnTerm,
        OnTermFromInfo,
        Exhausted,
    }

    /// <inheritdoc />
    public override ReadOnlySpan<byte> Term
    {
        get
        {
            EnsurePositioned();
            return term.AsSpan(0, termLength);
        }
    }

    /// <inheritdoc />
    public override int DocFreq
    {
        get
        {
            EnsureMeta();
            return docFreq;
        }
    }

    /// <inheritdoc />
    public override long TotalTermFreq
    {
        get
        {
            EnsureMeta();
            return totalTermFreq;
        }
    }

    /// <inheritdoc />
    public override TermInfo TermInfo
    {
        get
        {
            EnsureMeta();
            return new TermInfo(docFreq, totalTermFreq, docPointer, posPointer, skipOffset, singletonDoc);
        }
    }

    /// <inheritdoc />
    public override bool MoveNext()
    {
        switch (place)
        {
            case Place.Exhausted:
                return false;
            case Place.Unpositioned:
                LoadBlock(0);
                NextEntry();
                place = Place.OnTerm;
                return true;
            case Place.OnTermFromInfo:
                // The block state was not loaded by the seek; find the term in the dictionary, then step past it.
                SeekStatus status = SeekCeil(CopyForSeek(term.AsSpan(0, termLength)));
                if (status != SeekStatus.Found)
                {
                    return status == SeekStatus.NotFound;
                }

                break;
        }

        if (entryIndex + 1 < entryCount)
        {
            NextEntry();
            return true;
        }

        if (blockIndex + 1 < field.BlockCount)
        {
            LoadBlock(blockIndex + 1);
            NextEntry();
            return true;
        }

        place = Place.Exhausted;
        return false;
    }

    /// <inheritdoc />
    public override bool SeekExact(ReadOnlySpan<byte> term) => SeekCeil(term) == SeekStatus.Found;

    /// <inheritdoc />
    public override void SeekExact(ReadOnlySpan<byte> term, in TermInfo info)
    {
        if (info.DocFreq < 1)
        {
            throw new ArgumentException("The term info does not come from a term dictionary.", nameof(info));
        }

        if (this.term.Length < term.Length)
        {
            this.term = new byte[term.Length];
        }

        term.CopyTo(this.term);
        termLength = term.Length;
        docFreq = info.DocFreq;
        totalTermFreq = info.TotalTermFreq;
        docPointer = info.DocPointer;
        posPointer = info.PositionsPointer;
        skipOffset = info.SkipOffset;
        singletonDoc = info.SingletonDocId;
        blockIndex = -1;
        place = Place.OnTermFromInfo;
    }

    /// <inheritdoc />
    public override PostingsEnum Postings(PostingsEnum? reuse, PostingsFeatures features)
    {
        EnsureMeta();
        BlockPostingsEnum postings = reuse is BlockPostingsEnum candidate && candidate.Owner == field.Reader ? candidate : new BlockPostingsEnum(field.Reader);
        postings.Reset(field, new TermInfo(docFreq, totalTermFreq, docPointer, posPointer, skipOffset, singletonDoc), features);
        return postings;
    }

    private void EnsurePositioned()
    {
        if (place is not (Place.OnTerm or Place.OnTermFromInfo))
        {
            throw new InvalidOperationException(place == Place.Exhausted ? "The terms enum is exhausted." : "The terms enum is not positioned; call MoveNext or a seek first.");
        }
    }

    private void EnsureMeta()
    {
        EnsurePositioned();
        while (metaDecoded <= entryIndex && place == Place.OnTerm)
        {
            DecodeMeta();
        }
    }

    private void DecodeMeta()
    {
        long code = metaIn.ReadVInt64();
        int freqShift = hasFreqs ? 1 : 0;
        if ((code >> freqShift) is < 1 or > int.MaxValue)
        {
            throw metaIn.Corrupt($"document frequency {code >> freqShift} in the entry of term {entryIndex} of block {blockIndex} of field '{field.Info.Name}'");
        }

        docFreq = (int)(code >> freqShift);
        totalTermFreq = hasFreqs && (code & 1) == 0 ? docFreq + 1 + metaIn.ReadVInt64() : docFreq;
        int maxDoc = field.Reader.MaxDoc;
        if (docFreq > maxDoc || totalTermFreq < docFreq || (docFreq == 1 && totalTermFreq > int.MaxValue))
        {
            throw metaIn.Corrupt($"term {entryIndex} of block {blockIndex} of field '{field.Info.Name}': document frequency {docFreq}, total frequency {totalTermFreq} in a segment of {maxDoc} documents");
        }

        if (docFreq == 1)
        {
            singletonDoc = metaIn.ReadVInt32();
            metaIn.CheckBelow(singletonDoc, maxDoc, "singleton document");
            skipOffset = 0;
        }
        else
        {
            singletonDoc = -1;
            docPointer += metaIn.ReadVInt64();
            skipOffset = docFreq > PostingsFormat.BlockSize ? metaIn.ReadVInt64() : 0;
        }

        if (hasPositions)
        {
            posPointer += metaIn.ReadVInt64();
        }

        metaDecoded++;
    }
}
