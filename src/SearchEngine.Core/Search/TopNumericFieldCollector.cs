using SearchEngine.Core.Index;

namespace SearchEngine.Core.Search;

/// <summary>
/// Keeps the <c>n</c> first hits in the order of a <see cref="SortByNumericField"/>: documents with a value
/// first, by value (descending or ascending), then by score descending, then by doc id ascending.
/// </summary>
/// <remarks>
/// A min-heap with the worst kept hit on top. A document whose value alone already ranks it behind a full heap
/// is counted without being scored, so sorting by date mostly costs a doc values lookup per match.
/// </remarks>
internal sealed class TopNumericFieldCollector
{
    private readonly SortByNumericField sort;
    private readonly Entry[] heap;
    private int size;

    /// <summary>Initializes a collector of the first <paramref name="n"/> hits in <paramref name="sort"/> order.</summary>
    public TopNumericFieldCollector(int n, SortByNumericField sort)
    {
        this.sort = sort;
        heap = new Entry[Math.Max(n, 0)];
    }

    /// <summary>Gets the number of live matches.</summary>
    public long TotalHits { get; private set; }

    /// <summary>Collects the live matches of <paramref name="scorer"/> on <paramref name="leaf"/>.</summary>
    public void CollectSegment(LeafContext leaf, Scorer scorer, CancellationToken cancellationToken = default)
    {
        SegmentReader reader = leaf.Reader;
        NumericDocValues? values = reader.GetNumericDocValues(sort.Field);
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
            var entry = new Entry(leaf.DocBase + doc, 0f, value, hasValue);
            if (size == heap.Length && CompareValues(entry, heap[0]) > 0)
            {
                continue;
            }

            entry = entry with { Score = scorer.Score() };
            if (size < heap.Length)
            {
                heap[size] = entry;
                SiftUp(size++);
            }
            else if (Compare(entry, heap[0]) < 0)
            {
                heap[0] = entry;
                SiftDown(0);
            }
        }
    }

    /// <summary>Returns the kept hits in sort order.</summary>
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

    // Negative when a ranks before b by the field alone; documents without a value rank after all with one.
    private int CompareValues(in Entry a, in Entry b)
    {
        if (a.HasValue != b.HasValue)
        {
            return a.HasValue ? -1 : 1;
        }

        if (!a.HasValue)
        {
            return 0;
        }

        int ascending = a.Value.CompareTo(b.Value);
        return sort.Descending ? -ascending : ascending;
    }

    private int Compare(Entry a, Entry b)
    {
        int byValue = CompareValues(a, b);
        if (byValue != 0)
        {
            return byValue;
        }

        return a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc);
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

    private readonly record struct Entry(int Doc, float Score, long Value, bool HasValue);
}
