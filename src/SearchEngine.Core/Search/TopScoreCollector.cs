namespace SearchEngine.Core.Search;

/// <summary>
/// Keeps the <c>n</c> best (score, doc) pairs seen, in a min-heap on score with ties broken toward the lower doc
/// id (documents arrive in increasing id order, so an equal later score never displaces an earlier hit).
/// </summary>
internal sealed class TopScoreCollector
{
    private readonly ScoreDoc[] heap;
    private int size;

    /// <summary>Initializes a collector of the <paramref name="n"/> best hits.</summary>
    public TopScoreCollector(int n)
    {
        heap = new ScoreDoc[Math.Max(n, 0)];
    }

    /// <summary>Gets the number of hits offered, live ones only.</summary>
    public long TotalHits { get; private set; }

    /// <summary>Gets a value indicating whether the heap is full, so <see cref="MinScore"/> is the bar to beat.</summary>
    public bool IsFull => size == heap.Length;

    /// <summary>Gets the lowest score kept (meaningful when full).</summary>
    public float MinScore => size == 0 ? float.NegativeInfinity : heap[0].Score;

    /// <summary>Offers a hit; returns true when it was kept.</summary>
    public bool Collect(int doc, float score)
    {
        TotalHits++;
        if (heap.Length == 0)
        {
            return false;
        }

        if (size < heap.Length)
        {
            heap[size] = new ScoreDoc(doc, score);
            SiftUp(size++);
            return true;
        }

        // A later document with an equal score loses: it has a higher id.
        if (score <= heap[0].Score)
        {
            return false;
        }

        heap[0] = new ScoreDoc(doc, score);
        SiftDown(0);
        return true;
    }

    /// <summary>Counts a hit that cannot enter the heap (skipped by pruning is not counted; this is for exact totals).</summary>
    public void CountOnly() => TotalHits++;

    /// <summary>Returns the kept hits, best first.</summary>
    public ScoreDoc[] Results()
    {
        ScoreDoc[] results = heap[..size];
        Array.Sort(results, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return results;
    }

    private static bool Worse(ScoreDoc a, ScoreDoc b) => a.Score < b.Score || (a.Score == b.Score && a.Doc > b.Doc);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (!Worse(heap[i], heap[parent]))
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

            int worst = left + 1 < size && Worse(heap[left + 1], heap[left]) ? left + 1 : left;
            if (!Worse(heap[worst], heap[i]))
            {
                return;
            }

            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }
}
