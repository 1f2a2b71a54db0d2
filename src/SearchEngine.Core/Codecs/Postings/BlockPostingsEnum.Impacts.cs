using SearchEngine.Core.Index;

namespace SearchEngine.Core.Codecs.Postings;

/// <summary>Block impacts of <see cref="BlockPostingsEnum"/>, read through a skip reader of their own.</summary>
/// <remarks>
/// A second skip reader keeps <see cref="AdvanceShallow"/> independent of <see cref="BlockPostingsEnum.Advance"/>:
/// a scorer may look at the impacts of blocks ahead of its documents, and moving the documents never changes
/// what <see cref="GetImpacts"/> describes. It is created on first use, as most enums never ask for impacts.
/// </remarks>
internal sealed partial class BlockPostingsEnum
{
    private SkipReader? impactSkipper;
    private Impact[]? impacts;
    private int impactCount;
    private int impactsEntry;
    private bool shallowStarted;
    private byte unknownNorm;

    /// <inheritdoc />
    public override int BlockEndDoc
    {
        get
        {
            EnsureShallow();
            return hasSkipData && !impactSkipper!.Exhausted ? impactSkipper.LastDoc : NoMoreDocs;
        }
    }

    /// <inheritdoc />
    public override void AdvanceShallow(int target)
    {
        shallowStarted = true;
        if (!hasSkipData)
        {
            return;
        }

        if (impactSkipper is null)
        {
            impactSkipper = new SkipReader(Owner.DocsInput.Clone(), Owner.MaxDoc);
            impactSkipper.Reset(termInfo.DocPointer + termInfo.SkipOffset, termInfo.DocPointer, termInfo.PositionsPointer, blockCount, indexHasPositions);
        }

        if (target <= impactSkipper.PreviousLastDoc)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, $"Shallow targets must not go back; the impacts already describe documents after {impactSkipper.PreviousLastDoc}.");
        }

        impactSkipper.SkipTo(target);
    }

    /// <inheritdoc />
    public override ReadOnlySpan<Impact> GetImpacts()
    {
        EnsureShallow();
        impacts ??= new Impact[BlockSize];
        if (!hasSkipData || impactSkipper!.Exhausted)
        {
            // No per-block data: the largest frequency any one document can have, with the shortest norm.
            long maxFreq = indexHasFreqs ? totalTermFreq - docFreq + 1 : 1;
            impacts[0] = new Impact((int)Math.Min(maxFreq, int.MaxValue), unknownNorm);
            impactsEntry = -1;
            return impacts.AsSpan(0, 1);
        }

        if (impactsEntry != impactSkipper.EntryIndex)
        {
            impactCount = impactSkipper.DecodeImpacts(impacts);
            impactsEntry = impactSkipper.EntryIndex;
        }

        return impacts.AsSpan(0, impactCount);
    }

    private void ResetImpacts(bool hasNorms)
    {
        shallowStarted = false;
        impactsEntry = -1;
        unknownNorm = hasNorms ? (byte)0 : PostingsFormat.NoNorm;
        if (hasSkipData && impactSkipper is not null)
        {
            impactSkipper.Reset(termInfo.DocPointer + termInfo.SkipOffset, termInfo.DocPointer, termInfo.PositionsPointer, blockCount, indexHasPositions);
        }
    }

    private void EnsureShallow()
    {
        if (!shallowStarted)
        {
            AdvanceShallow(Math.Max(doc, 0));
        }
    }
}
