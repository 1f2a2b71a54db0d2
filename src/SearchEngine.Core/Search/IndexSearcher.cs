using System.Text;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search.Similarities;

namespace SearchEngine.Core.Search;

/// <summary>
/// Runs queries over one point-in-time reader: index-wide statistics for scoring, and top-k collection across
/// its segments. Thread-safe: many threads may search one searcher at once.
/// </summary>
internal sealed class IndexSearcher
{
    /// <summary>Initializes a searcher over <paramref name="reader"/> with Lucene's default BM25.</summary>
    public IndexSearcher(DirectoryReader reader, BM25Similarity? similarity = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Reader = reader;
        Similarity = similarity ?? new BM25Similarity();
        var leaves = new LeafContext[reader.Segments.Count];
        for (int i = 0; i < leaves.Length; i++)
        {
            leaves[i] = new LeafContext(reader.Segments[i], reader.DocBase(i), i);
        }

        Leaves = leaves;
        Budget = QueryBudget.Unlimited;
    }

    private IndexSearcher(IndexSearcher shared, QueryBudget budget)
    {
        Reader = shared.Reader;
        Similarity = shared.Similarity;
        Leaves = shared.Leaves;
        Budget = budget;
    }

    /// <summary>Gets the reader searched.</summary>
    public DirectoryReader Reader { get; }

    /// <summary>Gets the scoring function.</summary>
    public BM25Similarity Similarity { get; }

    /// <summary>Gets the segments, in order.</summary>
    public IReadOnlyList<LeafContext> Leaves { get; }

    /// <summary>Gets what each search of this searcher may spend (<see cref="QueryBudget.Unlimited"/> unless made by <see cref="WithBudget"/>).</summary>
    public QueryBudget Budget { get; }

    /// <summary>
    /// Returns a searcher over the same reader whose searches keep to <paramref name="budget"/>; cheap (no state is
    /// copied), meant for one search.
    /// </summary>
    public IndexSearcher WithBudget(QueryBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return new IndexSearcher(this, budget);
    }

    /// <summary>Returns the statistics of <paramref name="field"/> summed over segments, or null when no segment indexes it.</summary>
    public CollectionStatistics? CollectionStatistics(string field)
    {
        long docCount = 0;
        long sumTotalTermFreq = 0;
        long sumDocFreq = 0;
        foreach (LeafContext leaf in Leaves)
        {
            Terms? terms = leaf.Reader.GetTerms(field);
            if (terms is not null)
            {
                docCount += terms.DocCount;
                sumTotalTermFreq += terms.SumTotalTermFreq;
                sumDocFreq += terms.SumDocFreq;
            }
        }

        return docCount == 0 ? null : new CollectionStatistics(field, Reader.MaxDoc, docCount, sumTotalTermFreq, sumDocFreq);
    }

    /// <summary>Returns the index-wide statistics of the term <paramref name="text"/> of <paramref name="field"/>.</summary>
    public TermStatistics TermStatistics(string field, string text) => TermStates.Build(this, field, Encoding.UTF8.GetBytes(text)).Statistics;

    /// <summary>
    /// Returns the <paramref name="n"/> best live documents for <paramref name="query"/>, by score descending and
    /// doc id ascending.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="n">How many hits to return.</param>
    /// <param name="exactTotal">
    /// True (the default) to count every match. False lets scorers skip documents that cannot enter the top
    /// <paramref name="n"/> (block-max pruning over impacts): the hits are the same, usually much faster, but
    /// <see cref="TopDocs.TotalHits"/> may then be a lower bound, as <see cref="TopDocs.TotalHitsRelation"/> says.
    /// </param>
    public TopDocs Search(Query query, int n, bool exactTotal = true)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        bool prune = !exactTotal && n > 0;
        Weight weight = CreateWeight(query, prune ? ScoreMode.TopScores : ScoreMode.Complete);
        var collector = new TopScoreCollector(n);
        CancellationToken token = Budget.CancellationToken;
        foreach (LeafContext leaf in Leaves)
        {
            token.ThrowIfCancellationRequested();
            if (weight.GetScorer(leaf) is { } scorer)
            {
                collector.CollectSegment(leaf, scorer, prune, token);
            }
        }

        return new TopDocs(collector.TotalHits, collector.Results())
        {
            TotalHitsRelation = collector.Pruned ? TotalHitsRelation.GreaterThanOrEqualTo : TotalHitsRelation.EqualTo,
        };
    }

    /// <summary>
    /// Returns the next page of hits: the <paramref name="n"/> best live documents for <paramref name="query"/>
    /// that rank strictly after <paramref name="after"/> (the last hit of the previous page from this searcher) in
    /// score-descending, doc-ascending order. <see cref="TopDocs.TotalHits"/> counts every match, as on the first page.
    /// </summary>
    public TopDocs SearchAfter(ScoreDoc after, Query query, int n)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (after.Doc < 0 || after.Doc >= Reader.MaxDoc)
        {
            throw new ArgumentOutOfRangeException(nameof(after), after, $"The cursor's doc id must be below {Reader.MaxDoc}: it comes from another reader.");
        }

        Weight weight = CreateWeight(query, ScoreMode.Complete);
        var collector = new TopScoreCollector(n, after);
        CancellationToken token = Budget.CancellationToken;
        foreach (LeafContext leaf in Leaves)
        {
            token.ThrowIfCancellationRequested();
            if (weight.GetScorer(leaf) is { } scorer)
            {
                collector.CollectSegment(leaf, scorer, prune: false, token);
            }
        }

        return new TopDocs(collector.TotalHits, collector.Results());
    }

    /// <summary>
    /// Returns the first <paramref name="n"/> live documents for <paramref name="query"/> in the order of
    /// <paramref name="sort"/>: by the numeric doc value (e.g. newest first), ties by score descending, then doc id;
    /// documents without the value come last. Each hit carries its relevance score; the total is exact.
    /// </summary>
    public TopDocs Search(Query query, int n, SortByNumericField sort)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        Weight weight = CreateWeight(query, ScoreMode.Complete);
        var collector = new TopNumericFieldCollector(n, sort);
        CancellationToken token = Budget.CancellationToken;
        foreach (LeafContext leaf in Leaves)
        {
            token.ThrowIfCancellationRequested();
            if (weight.GetScorer(leaf) is { } scorer)
            {
                collector.CollectSegment(leaf, scorer, token);
            }
        }

        return new TopDocs(collector.TotalHits, collector.Results());
    }

    /// <summary>
    /// Returns the first <paramref name="n"/> live documents for <paramref name="query"/> in <paramref name="order"/>
    /// (value, score descending, key), only those ranking strictly after <paramref name="after"/> when given; the
    /// total counts every match, as on the first page. Unlike doc ids, a position stays valid in any later reader.
    /// </summary>
    public TopDocs Search(Query query, int n, HitOrder order, HitPosition? after = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        Weight weight = CreateWeight(query, ScoreMode.Complete);
        var collector = new TopOrderedCollector(n, order, after);
        CancellationToken token = Budget.CancellationToken;
        foreach (LeafContext leaf in Leaves)
        {
            token.ThrowIfCancellationRequested();
            if (weight.GetScorer(leaf) is { } scorer)
            {
                collector.CollectSegment(leaf, scorer, token);
            }
        }

        return new TopDocs(collector.TotalHits, collector.Results());
    }

    /// <summary>Returns the number of live documents matching <paramref name="query"/>.</summary>
    public long Count(Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Weight weight = CreateWeight(query, ScoreMode.CompleteNoScores);
        long count = 0;
        foreach (LeafContext leaf in Leaves)
        {
            Scorer? scorer = weight.GetScorer(leaf);
            if (scorer is null)
            {
                continue;
            }

            for (int doc = scorer.NextDoc(); doc != Scorer.NoMoreDocs; doc = scorer.NextDoc())
            {
                if (leaf.Reader.IsLive(doc))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Rewrites <paramref name="query"/> until it no longer changes and creates its weight.</summary>
    public Weight CreateWeight(Query query, ScoreMode scoreMode)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query rewritten = query;
        for (Query next = rewritten.Rewrite(this); !ReferenceEquals(next, rewritten); next = rewritten.Rewrite(this))
        {
            rewritten = next;
        }

        return rewritten.CreateWeight(this, scoreMode, 1f);
    }
}
