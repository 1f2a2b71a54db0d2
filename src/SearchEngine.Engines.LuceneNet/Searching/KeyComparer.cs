using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchEngine.Engines.LuceneNet.Searching;

/// <summary>
/// Orders hits by a unique keyword (the article id) in UTF-8 byte order, for the last place of a sort: within a segment
/// by key ordinal (<see cref="SegmentKeys"/>), across segments by the keys' bytes, and against a search-after position
/// by the position's key placed once among each segment's ordinals. Nothing is allocated per hit; a slot points at its
/// segment's bytes.
/// </summary>
internal sealed class KeyComparer : FieldComparer<BytesRef>
{
    private readonly string field;
    private readonly SegmentKeys?[] slotSegments;
    private readonly int[] slotOrdinals;
    private readonly BytesRef[] values;
    private SegmentKeys? current;
    private int bottom;
    private BytesRef? top;
    private int topBound;

    /// <summary>Initializes a comparer of <paramref name="slots"/> slots over the keyword field <paramref name="field"/>.</summary>
    public KeyComparer(string field, int slots)
    {
        this.field = field;
        slotSegments = new SegmentKeys?[slots];
        slotOrdinals = new int[slots];
        values = new BytesRef[slots];
    }

    /// <inheritdoc/>
    public override BytesRef this[int slot] => values[slot];

    /// <inheritdoc/>
    public override int Compare(int slot1, int slot2) => CompareKeys(slotSegments[slot1], slotOrdinals[slot1], slotSegments[slot2], slotOrdinals[slot2]);

    /// <inheritdoc/>
    public override void SetBottom(int slot) => bottom = slot;

    /// <inheritdoc/>
    public override void SetTopValue(BytesRef value)
    {
        top = value;
        if (current is not null)
        {
            topBound = current.Bound(value.Bytes.AsSpan(value.Offset, value.Length));
        }
    }

    /// <inheritdoc/>
    public override int CompareBottom(int doc) => CompareKeys(slotSegments[bottom], slotOrdinals[bottom], current, current!.OrdinalOf(doc));

    /// <inheritdoc/>
    public override int CompareTop(int doc)
    {
        // The position's key against the document's: positive when the document's key comes first.
        int ordinal = current!.OrdinalOf(doc);
        if (ordinal > topBound)
        {
            return -1;
        }

        return ordinal == topBound && topBound >= 0 && current.KeyOf(ordinal).SequenceEqual(top!.Bytes.AsSpan(top.Offset, top.Length)) ? 0 : 1;
    }

    /// <inheritdoc/>
    public override void Copy(int slot, int doc)
    {
        int ordinal = current!.OrdinalOf(doc);
        slotSegments[slot] = current;
        slotOrdinals[slot] = ordinal;
        current.Point(ordinal, values[slot] ??= new BytesRef());
    }

    /// <inheritdoc/>
    public override FieldComparer SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        current = SegmentKeys.For(context.AtomicReader, field);
        if (top is not null)
        {
            topBound = current.Bound(top.Bytes.AsSpan(top.Offset, top.Length));
        }

        return this;
    }

    private static int CompareKeys(SegmentKeys? a, int aOrdinal, SegmentKeys? b, int bOrdinal)
    {
        if (aOrdinal < 0 || bOrdinal < 0)
        {
            // A document without a key comes first.
            return aOrdinal < 0 ? (bOrdinal < 0 ? 0 : -1) : 1;
        }

        return ReferenceEquals(a, b) ? aOrdinal.CompareTo(bOrdinal) : a!.KeyOf(aOrdinal).SequenceCompareTo(b!.KeyOf(bOrdinal));
    }
}
