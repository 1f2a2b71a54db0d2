namespace SearchEngine.Core.Codecs.Postings;

/// <summary>The positions file (<c>.pos</c>) side of <see cref="PostingsWriter"/>.</summary>
/// <remarks>
/// <para>Grammar of <c>.pos</c> (one <c>TermPositions</c> per term of a field with positions):</para>
/// <code>
/// PosFile       := Header TermPositions* Footer
/// TermPositions := (Position^Freq)^DocFreq                              documents in order
/// Position      := PositionDelta:VInt [StartDelta:ZigZagVLong Length:VInt]   offsets when the field has them
/// </code>
/// <para>PositionDelta is from the previous position of the same document (the first from 0); StartDelta is the
/// start offset minus the previous position's end offset (the first from 0), zig-zag coded because overlapping
/// tokens may start before it; Length is end minus start. Positions are VInt-coded per document rather than
/// blocked: simple, and phrase and highlight queries read few of them.</para>
/// </remarks>
internal sealed partial class PostingsWriter
{
    private int positionCount;
    private int lastPosition;
    private int lastEndOffset;

    /// <summary>Adds a position (and offsets, kept only when the field stores them) to the current document.</summary>
    public void AddPosition(int position, int startOffset, int endOffset)
    {
        if (positionCount == freq)
        {
            throw new InvalidOperationException($"Document {lastDoc} has frequency {freq}, so it takes {freq} positions.");
        }

        if (position < lastPosition)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, $"Positions of a document must not decrease; the previous was {lastPosition}.");
        }

        if (hasOffsets && (startOffset < 0 || endOffset < startOffset))
        {
            throw new ArgumentOutOfRangeException(nameof(startOffset), $"Offsets {startOffset}..{endOffset} are not a valid range.");
        }

        posOut.WriteVInt32(position - lastPosition);
        lastPosition = position;
        if (hasOffsets)
        {
            long delta = (long)startOffset - lastEndOffset;
            posOut.WriteVInt64((delta << 1) ^ (delta >> 63));
            posOut.WriteVInt32(endOffset - startOffset);
            lastEndOffset = endOffset;
        }

        positionCount++;
    }
}
