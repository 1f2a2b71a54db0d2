using SearchEngine.Core.Index;

namespace SearchEngine.Core.Search;

/// <summary>
/// Keeps the first <c>n</c> hits in a <see cref="HitOrder"/> (value, score, key), after a <see cref="HitPosition"/>
/// when given: hits at or before it were shown on earlier pages and are skipped, while every live match still counts
/// toward <see cref="TotalHits"/>.
/// </summary>
/// <remarks>
/// <para>A min-heap with the worst kept hit on top. The value alone decides most comparisons, so a document whose
/// value ranks it before the position or behind a full heap is counted without being scored. Keys are compared by
/// their ordinals within a segment; the position's key is placed among each segment's ordinals once (a binary search),
/// and kept hits from other segments are compared by their UTF-8 bytes in ordinal order
/// (<see cref="Utf8AsUtf16Order"/>). A key ordinal is read only when value and score tie.</para>
/// <para>Nothing is allocated per hit: the heap is allocated once and a kept hit holds its segment and ordinal.</para>
/// </remarks>
internal sealed class TopOrderedCollector
{
    private const int NotRead = -2;

    private readonly HitOrder order;
    private readonly HitPosition? after;
    private readonly Entry[] heap;
    private readonly List<SortedSetDocValues?> segmentKeys = [];
    private int size;

    // The segment being collected.
    private SortedSetDocValues? keys;
    private int segment;

    // A document of this segment ranks after the position's key when its key ordinal is above this bound.
    private long afterKeyBound;

    /// <summary>Initializes a collector of the first <paramref name="n"/> hits in <paramref name="order"/>, ranking after <paramref name="after"/> when given.</summary>
    public TopOrderedCollector(int n, HitOrder order, HitPosition? after = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (after is HitPosition position)
        {
            ArgumentNullException.ThrowIfNull(position.Key, nameof(after));
        }

        this.order = order;
        this.after = after;
        heap = new Entry[Math.Max(n, 0)];
    }

    /// <summary>Gets the number of live matches.</summary>
    public long TotalHits { get; private set; }

    /// <summary>Collects the live matches of <paramref name="scorer"/> on <paramref name="leaf"/>; call once per segment.</summary>
    public void CollectSegment(LeafContext leaf, Scorer scorer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        ArgumentNullException.ThrowIfNull(scorer);
        SegmentReader reader = leaf.Reader;
        NumericDocValues? values = order.ByValue is { } byValue ? reader.GetNumericDocValues(byValue.Field) : null;
        keys = reader.GetSortedSetDocValues(order.KeyField);
        segment = segmentKeys.Count;
        segmentKeys.Add(keys);
        if (after is HitPosition position)
        {
            afterKeyBound = KeyBound(keys, position.Key);
        }

        int untilCheck = CancellationCheck.Interval;
        for (int doc = scorer.NextDoc(); doc != Scorer.NoMoreDocs; doc = scorer.NextDoc())
        {
            if (--untilCheck == 0)
            {
                untilCheck = CancellationCheck.Interval;
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!reader.IsLive(doc))
            {
                continue;
            }

            TotalHits++;
            if (heap.Length == 0)
            {
                continue;
            }

            long value = 0;
            bool hasValue = values is not null && values.TryGet(doc, out value);
            var entry = new Entry(leaf.DocBase + doc, 0f, value, hasValue, segment, NotRead);
            if (after is HitPosition last && CompareValues(entry, last.Value.HasValue, last.Value.GetValueOrDefault()) < 0)
            {
                continue;
            }

            if (size == heap.Length && CompareValues(entry, heap[0].HasValue, heap[0].Value) > 0)
            {
                continue;
            }

            entry.Score = scorer.Score();
            if (after is HitPosition previous && !RanksAfter(ref entry, doc, previous))
            {
                continue;
            }

            if (size < heap.Length)
            {
                ReadKey(ref entry, doc);
                heap[size] = entry;
                SiftUp(size++);
            }
            else if (Beats(ref entry, doc, heap[0]))
            {
                ReadKey(ref entry, doc);
                heap[0] = entry;
                SiftDown(0);
            }
        }
    }

    /// <summary>Returns the kept hits in order.</summary>
    public ScoreDoc[] Results()
    {
        Entry[] entries = heap[..size];
        Array.Sort(entries, Compare);
        var results = new ScoreDoc[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            results[i] = new ScoreDoc(entries[i].Doc, entries[i].Score);
        }

        return results;
    }

    // The largest ordinal of the segment whose key is at or before key: ordinals above it rank after key.
    private static long KeyBound(SortedSetDocValues? keys, string key)
    {
        if (keys is null)
        {
            return -1;
        }

        long found = keys.LookupTerm(key);
        return found >= 0 ? found : -found - 2;
    }

    // A document without a key has ordinal -1: before every key.
    private void ReadKey(ref Entry entry, int doc)
    {
        if (entry.KeyOrd != NotRead)
        {
            return;
        }

        if (keys is null)
        {
            entry.KeyOrd = -1;
            return;
        }

        Span<int> ordinal = stackalloc int[1];
        entry.KeyOrd = keys.GetOrdinals(doc, ordinal) > 0 ? ordinal[0] : -1;
    }

    // Whether the entry, a document of the current segment, ranks strictly after the position.
    private bool RanksAfter(ref Entry entry, int doc, HitPosition position)
    {
        int byValue = CompareValues(entry, position.Value.HasValue, position.Value.GetValueOrDefault());
        if (byValue != 0)
        {
            return byValue > 0;
        }

        if (entry.Score != position.Score)
        {
            return entry.Score < position.Score;
        }

        ReadKey(ref entry, doc);
        return entry.KeyOrd > afterKeyBound;
    }

    // Whether the entry, a document of the current segment, ranks before the kept entry bottom.
    private bool Beats(ref Entry entry, int doc, in Entry bottom)
    {
        int byValue = CompareValues(entry, bottom.HasValue, bottom.Value);
        if (byValue != 0)
        {
            return byValue < 0;
        }

        if (entry.Score != bottom.Score)
        {
            return entry.Score > bottom.Score;
        }

        ReadKey(ref entry, doc);
        return CompareKeys(entry, bottom) < 0;
    }

    // Negative when a ranks before the value (hasValue, value) by the field alone; documents without a value rank after all with one.
    private int CompareValues(in Entry a, bool hasValue, long value)
    {
        if (order.ByValue is not { } byValue)
        {
            return 0;
        }

        if (a.HasValue != hasValue)
        {
            return a.HasValue ? -1 : 1;
        }

        if (!a.HasValue)
        {
            return 0;
        }

        int ascending = a.Value.CompareTo(value);
        return byValue.Descending ? -ascending : ascending;
    }

    // Keys of one segment compare by ordinal, of two by their bytes; a document without a key comes first.
    private int CompareKeys(in Entry a, in Entry b)
    {
        if (a.KeyOrd < 0 || b.KeyOrd < 0)
        {
            return a.KeyOrd < 0 ? (b.KeyOrd < 0 ? 0 : -1) : 1;
        }

        if (a.Segment == b.Segment)
        {
            return a.KeyOrd.CompareTo(b.KeyOrd);
        }

        return Utf8AsUtf16Order.Compare(segmentKeys[a.Segment]!.LookupOrdinalUtf8(a.KeyOrd), segmentKeys[b.Segment]!.LookupOrdinalUtf8(b.KeyOrd));
    }

    // Negative when a ranks before b.
    private int Compare(Entry a, Entry b)
    {
        int byValue = CompareValues(a, b.HasValue, b.Value);
        if (byValue != 0)
        {
            return byValue;
        }

        if (a.Score != b.Score)
        {
            return b.Score.CompareTo(a.Score);
        }

        int byKey = CompareKeys(a, b);
        return byKey != 0 ? byKey : a.Doc.CompareTo(b.Doc);
    }

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (Compare(heap[i], heap[parent]) <= 0)
            {
                return;
            }

            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            int left = (2 * i) + 1;
            if (left >= size)
            {
                return;
            }

            int worst = left + 1 < size && Compare(heap[left + 1], heap[left]) > 0 ? left + 1 : left;
            if (Compare(heap[worst], heap[i]) <= 0)
            {
                return;
            }

            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }

    private struct Entry(int doc, float score, long value, bool hasValue, int segment, int keyOrd)
    {
        public readonly int Doc = doc;
        public readonly long Value = value;
        public readonly bool HasValue = hasValue;
        public readonly int Segment = segment;
        public float Score = score;
        public int KeyOrd = keyOrd;
    }
}
