using SearchEngine.Core.Index;

namespace SearchEngine.Core.Search;

/// <summary>
/// Keeps the <c>n</c> best (score, doc) pairs seen, in a min-heap on score with ties broken toward the lower doc
/// id (documents arrive in increasing id order, so an equal later score never displaces an earlier hit).
/// </summary>
/// <remarks>
/// With an <c>after</c> hit it collects the next page: only hits ranking strictly after it in (score descending,
/// doc ascending) order are kept, while every match still counts toward <see cref="TotalHits"/> (as Lucene's
/// paging collector). <see cref="CollectSegment"/> with pruning tells the scorer the score to beat once the heap
/// is full, and skips impact blocks whose maximum score cannot beat it.
/// </remarks>
internal sealed class TopScoreCollector
{
    private readonly ScoreDoc[] heap;
    private readonly ScoreDoc? after;
    private int size;

    /// <summary>Initializes a collector of the <paramref name="n"/> best hits, ranking after <paramref name="after"/> when given.</summary>
    public TopScoreCollector(int n, ScoreDoc? after = null)
    {
        heap = new ScoreDoc[Math.Max(n, 0)];
        this.after = after;
    }

    /// <summary>Gets the number of hits offered, live ones only.</summary>
    public long TotalHits { get; private set; }

    /// <summary>Gets a value indicating whether a scorer was told to skip non-competitive documents, so <see cref="TotalHits"/> may be short.</summary>
    public bool Pruned { get; private set; }

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

        // Paging: hits at or before the previous page's last one were shown already.
        if (after is ScoreDoc last && (score > last.Score || (score == last.Score && doc <= last.Doc)))
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

    /// <summary>
    /// Collects the live matches of <paramref name="scorer"/> on <paramref name="leaf"/>. With
    /// <paramref name="prune"/> (the scorer was created for <see cref="ScoreMode.TopScores"/>), documents that
    /// cannot enter the heap may be skipped, by the scorer itself and by whole impact blocks here.
    /// </summary>
    public void CollectSegment(LeafContext leaf, Scorer scorer, bool prune, CancellationToken cancellationToken = default)
    {
        SegmentReader reader = leaf.Reader;
        int docBase = leaf.DocBase;
        int untilCheck = CancellationCheck.Interval;
        if (!prune || heap.Length == 0 || after is not null)
        {
            for (int doc = scorer.NextDoc(); doc != Scorer.NoMoreDocs; doc = scorer.NextDoc())
            {
                if (--untilCheck == 0)
                {
                    untilCheck = CancellationCheck.Interval;
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (reader.IsLive(doc))
                {
                    Collect(docBase + doc, scorer.Score());
                }
            }

            return;
        }

        // Ties go to the lower doc id, which every later document loses: the bar is the next float above the minimum.
        float minCompetitive = 0f;
        if (IsFull)
        {
            minCompetitive = RaiseBar(scorer, minCompetitive);
        }

        int upTo = -1;
        float blockMax = float.MaxValue;
        int current = scorer.NextDoc();
        while (current != Scorer.NoMoreDocs)
        {
            if (--untilCheck == 0)
            {
                untilCheck = CancellationCheck.Interval;
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (minCompetitive > 0f)
            {
                if (current > upTo)
                {
                    upTo = Math.Max(current, scorer.AdvanceShallow(current));
                    blockMax = scorer.GetMaxScore(upTo);
                }

                if (blockMax < minCompetitive)
                {
                    // No document up to the block's end can beat the bar: jump past it.
                    if (upTo == Scorer.NoMoreDocs)
                    {
                        break;
                    }

                    current = scorer.Advance(upTo + 1);
                    continue;
                }
            }

            if (reader.IsLive(current) && Collect(docBase + current, scorer.Score()) && IsFull)
            {
                minCompetitive = RaiseBar(scorer, minCompetitive);
            }

            current = scorer.NextDoc();
        }
    }

    /// <summary>Returns the kept hits, best first.</summary>
    public ScoreDoc[] Results()
    {
        ScoreDoc[] results = heap[..size];
        Array.Sort(results, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return results;
    }

    private static bool Worse(ScoreDoc a, ScoreDoc b) => a.Score < b.Score || (a.Score == b.Score && a.Doc > b.Doc);

    private float RaiseBar(Scorer scorer, float current)
    {
        float bar = MathF.BitIncrement(heap[0].Score);
        if (bar > current)
        {
            scorer.SetMinCompetitiveScore(bar);
            Pruned = true;
            return bar;
        }

        return current;
    }

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
