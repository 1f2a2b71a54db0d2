using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.Postings;

/// <summary>
/// Walks the skip data of one term (one entry per 128-document block, grammar in <see cref="PostingsWriter"/>):
/// the block's last document, where its documents and positions start, and its competitive impacts.
/// </summary>
/// <remarks>
/// Entries are read forward only. The impacts are skipped by their byte length and decoded only on request, so
/// <see cref="BlockPostingsEnum.Advance"/> pays nothing for them.
/// </remarks>
internal sealed class SkipReader
{
    private readonly IndexInput input;
    private readonly int maxDoc;
    private int entryCount;
    private bool hasPositions;
    private long impactsStart;
    private int impactsLength;

    /// <summary>Initializes a reader over <paramref name="docs"/>, a clone of the documents file it owns, of a segment of <paramref name="maxDoc"/> documents.</summary>
    public SkipReader(IndexInput docs, int maxDoc)
    {
        input = docs;
        this.maxDoc = maxDoc;
    }

    /// <summary>Gets the index of the current entry (-1 before the first).</summary>
    public int EntryIndex { get; private set; }

    /// <summary>Gets the last document of the block before the current one (-1 for the first block).</summary>
    public int PreviousLastDoc { get; private set; }

    /// <summary>Gets the last document of the current block.</summary>
    public int LastDoc { get; private set; }

    /// <summary>Gets where the current block starts in <c>.doc</c>.</summary>
    public long DocPointer { get; private set; }

    /// <summary>Gets where the positions of the current block's first document start in <c>.pos</c>.</summary>
    public long PosPointer { get; private set; }

    /// <summary>Gets a value indicating whether the last <see cref="SkipTo"/> went past the term's last document.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>Positions the reader before the first entry of a term's skip data.</summary>
    public void Reset(long skipPointer, long docPointer, long posPointer, int entryCount, bool hasPositions)
    {
        input.Position = skipPointer;
        this.entryCount = entryCount;
        this.hasPositions = hasPositions;
        EntryIndex = -1;
        PreviousLastDoc = -1;
        LastDoc = -1;
        DocPointer = docPointer;
        PosPointer = posPointer;
        Exhausted = false;
    }

    /// <summary>
    /// Moves to the first entry whose block ends at or after <paramref name="target"/> (staying put when the current
    /// one does); returns false, and sets <see cref="Exhausted"/>, when the term has no document that far.
    /// </summary>
    public bool SkipTo(int target)
    {
        while (LastDoc < target)
        {
            if (EntryIndex + 1 >= entryCount)
            {
                Exhausted = true;
                return false;
            }

            ReadEntry();
        }

        Exhausted = false;
        return true;
    }

    /// <summary>Decodes the current block's impacts into <paramref name="destination"/> and returns how many there are.</summary>
    public int DecodeImpacts(Span<Impact> destination)
    {
        ReadOnlySpan<byte> bytes = input.GetSpan(impactsStart, impactsLength);
        int at = 0;
        int count = 0;
        int freq = 0;
        int norm = -1;
        while (at < bytes.Length)
        {
            freq += ReadVInt(bytes, ref at) + 1;
            norm += ReadVInt(bytes, ref at) + 1;
            if (count == destination.Length || norm > byte.MaxValue || freq <= 0)
            {
                throw input.Corrupt($"impacts of skip entry {EntryIndex} at {impactsStart} are malformed");
            }

            destination[count++] = new Impact(freq, (byte)norm);
        }

        if (count == 0)
        {
            throw input.Corrupt($"impacts of skip entry {EntryIndex} at {impactsStart} are empty");
        }

        return count;
    }

    private void ReadEntry()
    {
        PreviousLastDoc = LastDoc;
        long lastDoc = (long)LastDoc + input.ReadVInt32();
        if (lastDoc <= LastDoc || lastDoc >= maxDoc)
        {
            throw input.Corrupt($"skip entry {EntryIndex + 1} ends its block at document {lastDoc}, after {LastDoc} (max {maxDoc})");
        }

        LastDoc = (int)lastDoc;
        DocPointer += input.ReadVInt64();
        if (hasPositions)
        {
            PosPointer += input.ReadVInt64();
        }

        impactsLength = input.ReadVInt32();
        impactsStart = input.Position;
        input.Position = impactsStart + impactsLength;
        EntryIndex++;
    }

    private int ReadVInt(ReadOnlySpan<byte> bytes, ref int at)
    {
        int value = 0;
        for (int shift = 0; shift < 35 && at < bytes.Length; shift += 7)
        {
            byte b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw input.Corrupt($"impacts of skip entry {EntryIndex} at {impactsStart} end inside a number");
    }
}
