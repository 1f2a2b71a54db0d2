namespace SearchEngine.Core.Codecs.Postings;

/// <summary>Positions and offsets of <see cref="BlockPostingsEnum"/> (VInt-coded per document, see <see cref="PostingsWriter"/>).</summary>
internal sealed partial class BlockPostingsEnum
{
    // Positions not yet read from .pos: those of documents passed over, then the current document's.
    private int posPending;
    private int position;
    private int lastEndOffset;
    private int startOffset;
    private int endOffset;

    /// <inheritdoc />
    public override int StartOffset => startOffset;

    /// <inheritdoc />
    public override int EndOffset => endOffset;

    /// <inheritdoc />
    public override int NextPosition()
    {
        if (!needPositions)
        {
            return -1;
        }

        int freq = freqBuffer[bufferUpto];
        if (posPending > freq)
        {
            SkipPositions(posPending - freq);
            posPending = freq;
        }

        if (posPending == 0)
        {
            throw new InvalidOperationException($"All {freq} positions of document {doc} have been read.");
        }

        posPending--;
        position += posIn.ReadVInt32();
        if (indexHasOffsets)
        {
            long zigzag = posIn.ReadVInt64();
            int start = lastEndOffset + (int)((zigzag >>> 1) ^ -(zigzag & 1));
            int end = start + posIn.ReadVInt32();
            lastEndOffset = end;
            if (needOffsets)
            {
                startOffset = start;
                endOffset = end;
            }
        }

        return position;
    }

    private void ResetPositions(long positionsPointer)
    {
        posPending = 0;
        position = 0;
        lastEndOffset = 0;
        startOffset = -1;
        endOffset = -1;
        if (needPositions)
        {
            posIn.Position = positionsPointer;
        }
    }

    /// <summary>Makes <paramref name="freq"/> positions of a new current document pending and restarts the deltas.</summary>
    private void EnterDoc(int freq)
    {
        posPending += freq;
        position = 0;
        lastEndOffset = 0;
    }

    /// <summary>Counts the positions of a document scanned over by <see cref="BlockPostingsEnum.Advance"/>.</summary>
    private void PassDoc(int freq) => posPending += freq;

    /// <summary>Moves the positions to a block start given by the skip data; everything pending before it is gone.</summary>
    private void JumpPositions(long pointer)
    {
        if (needPositions)
        {
            posIn.Position = pointer;
            posPending = 0;
        }
    }

    private void SkipPositions(int count)
    {
        for (int i = 0; i < count; i++)
        {
            _ = posIn.ReadVInt32();
            if (indexHasOffsets)
            {
                _ = posIn.ReadVInt64();
                _ = posIn.ReadVInt32();
            }
        }
    }
}
