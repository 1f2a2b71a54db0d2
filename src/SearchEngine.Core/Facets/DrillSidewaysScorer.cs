using SearchEngine.Core.Index;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Walks the base query's matches on one segment, sorts each live document by the dimension filters it fails,
/// counts it accordingly, and yields only the documents that pass every filter (the drill-down hits), so any
/// top-k collector ranks the hits in the same pass.
/// </summary>
/// <remarks>
/// <para>A document failing no filter counts toward every drill-down facet (and, through them, every sideways
/// facet); one failing exactly dimension <c>d</c> counts only toward <c>d</c>'s near-miss facets, which are its
/// sideways counts minus the drill-down ones; one failing two or more counts nowhere, so checking stops at the
/// second failure.</para>
/// <para>Each filter's scorer is leapfrogged: advanced to the current document only when behind it. Documents
/// arrive in increasing order, so every filter scorer moves forward once over the segment in all. Nothing is
/// allocated per document.</para>
/// <para>Counting is deferred: documents are gathered in small buffers (one for the hits, one per dimension for its
/// near misses) and each buffer is counted field by field when full and when the segment's matches run out (or on
/// <see cref="Flush"/>), so each field's counting is one tight loop instead of a call per document and field.</para>
/// </remarks>
internal sealed class DrillSidewaysScorer : Scorer
{
    /// <summary>The documents gathered before their values are counted.</summary>
    private const int BufferSize = 256;

    private readonly Scorer baseScorer;
    private readonly SegmentReader reader;
    private readonly Scorer?[] filters;
    private readonly FacetFieldCounter[] drillDown;
    private readonly FacetFieldCounter[][] nearMisses;
    private readonly int[] hitBuffer = new int[BufferSize];
    private readonly int[][] missBuffers;
    private readonly int[] missCounts;
    private readonly CancellationToken cancellationToken;
    private int hitCount;
    private int doc = -1;

    /// <summary>Initializes the scorer over one segment.</summary>
    /// <param name="baseScorer">The base query's scorer.</param>
    /// <param name="reader">The segment.</param>
    /// <param name="filters">Each dimension's filter scorer (null: the filter matches nothing in the segment).</param>
    /// <param name="drillDown">The counters of documents passing every filter.</param>
    /// <param name="nearMisses">Per dimension, the counters of documents failing only that dimension.</param>
    /// <param name="cancellationToken">Stops the walk, checked whenever a buffer of documents is counted.</param>
    public DrillSidewaysScorer(Scorer baseScorer, SegmentReader reader, Scorer?[] filters, FacetFieldCounter[] drillDown, FacetFieldCounter[][] nearMisses, CancellationToken cancellationToken = default)
    {
        this.cancellationToken = cancellationToken;
        this.baseScorer = baseScorer;
        this.reader = reader;
        this.filters = filters;
        this.drillDown = drillDown;
        this.nearMisses = nearMisses;
        missBuffers = new int[nearMisses.Length][];
        for (int i = 0; i < nearMisses.Length; i++)
        {
            missBuffers[i] = nearMisses[i].Length == 0 ? [] : new int[BufferSize];
        }

        missCounts = new int[nearMisses.Length];
    }

    /// <summary>Gets the number of drill-down hits yielded so far.</summary>
    public int Hits { get; private set; }

    /// <inheritdoc />
    public override int DocId => doc;

    /// <inheritdoc />
    public override long Cost => baseScorer.Cost;

    /// <inheritdoc />
    public override int NextDoc()
    {
        for (int candidate = baseScorer.NextDoc(); candidate != NoMoreDocs; candidate = baseScorer.NextDoc())
        {
            if (!reader.IsLive(candidate))
            {
                continue;
            }

            int failed = filters.Length == 0 ? -1 : FailedDimension(candidate);
            if (failed == -1)
            {
                hitBuffer[hitCount++] = candidate;
                if (hitCount == BufferSize)
                {
                    CountHits();
                }

                Hits++;
                return doc = candidate;
            }

            if (failed >= 0 && missBuffers[failed].Length > 0)
            {
                int[] buffer = missBuffers[failed];
                buffer[missCounts[failed]++] = candidate;
                if (missCounts[failed] == BufferSize)
                {
                    CountMisses(failed);
                }
            }
        }

        Flush();
        return doc = NoMoreDocs;
    }

    /// <summary>Counts the documents gathered so far; call before ending the segment's counters.</summary>
    public void Flush()
    {
        CountHits();
        for (int i = 0; i < missCounts.Length; i++)
        {
            CountMisses(i);
        }
    }

    /// <summary>
    /// Moves to the first drill-down hit at or after <paramref name="target"/> by stepping, never jumping: every
    /// base match in between must still be counted sideways.
    /// </summary>
    public override int Advance(int target)
    {
        int next = doc;
        while (next < target)
        {
            next = NextDoc();
        }

        return next;
    }

    /// <summary>Returns the base query's score of the current document (filters do not score).</summary>
    public override float Score() => baseScorer.Score();

    /// <summary>Counts the remaining base matches, for a pass that needs no hits.</summary>
    public void Drain()
    {
        while (NextDoc() != NoMoreDocs)
        {
        }
    }

    private void CountHits()
    {
        if (hitCount == 0)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        ReadOnlySpan<int> docs = hitBuffer.AsSpan(0, hitCount);
        foreach (FacetFieldCounter counter in drillDown)
        {
            counter.Count(docs);
        }

        hitCount = 0;
    }

    private void CountMisses(int dimension)
    {
        if (missCounts[dimension] == 0)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        ReadOnlySpan<int> docs = missBuffers[dimension].AsSpan(0, missCounts[dimension]);
        foreach (FacetFieldCounter counter in nearMisses[dimension])
        {
            counter.Count(docs);
        }

        missCounts[dimension] = 0;
    }

    /// <summary>Returns -1 when <paramref name="candidate"/> passes every filter, the dimension it alone fails, or -2 when it fails two.</summary>
    private int FailedDimension(int candidate)
    {
        int failed = -1;
        for (int i = 0; i < filters.Length; i++)
        {
            Scorer? filter = filters[i];
            int at = filter is null ? NoMoreDocs : filter.DocId;
            if (at < candidate)
            {
                at = filter!.Advance(candidate);
            }

            if (at != candidate)
            {
                if (failed >= 0)
                {
                    return -2;
                }

                failed = i;
            }
        }

        return failed;
    }
}
