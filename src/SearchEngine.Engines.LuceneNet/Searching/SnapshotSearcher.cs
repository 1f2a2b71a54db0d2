using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Engines.LuceneNet.Scoring;

namespace SearchEngine.Engines.LuceneNet.Searching;

/// <summary>
/// The snapshot's IndexSearcher, scoring with <see cref="Lucene8Bm25Similarity"/>, with top-hits searches that run
/// their collector under a cancellation token. It picks the collector's document order from the weight as 4.8's own
/// <c>Search</c> and <c>SearchAfter</c> do, so the scorers, hits and scores are theirs.
/// </summary>
internal sealed class SnapshotSearcher : IndexSearcher
{
    public SnapshotSearcher(IndexReader reader)
        : base(reader)
    {
        Similarity = Lucene8Bm25Similarity.Instance;
    }

    /// <summary>Returns the <paramref name="n"/> best hits of <paramref name="query"/> by score, after <paramref name="after"/> when given.</summary>
    public TopDocs TopByScore(Query query, ScoreDoc? after, int n, CancellationToken cancellationToken)
    {
        Weight weight = CreateNormalizedWeight(query);
        var collector = TopScoreDocCollector.Create(n, after, !weight.ScoresDocsOutOfOrder);
        Search(m_leafContexts, weight, BudgetedCollector.Wrap(collector, cancellationToken));
        return collector.GetTopDocs();
    }

    /// <summary>
    /// Returns the first <paramref name="n"/> hits of <paramref name="query"/> in <paramref name="sort"/> order, each
    /// with its score; with <paramref name="after"/>, only those ranking after its sort values (4.8's paging collector).
    /// </summary>
    public TopDocs TopBySort(Query query, Sort sort, FieldDoc? after, int n, CancellationToken cancellationToken)
    {
        Weight weight = CreateNormalizedWeight(query);
        var collector = TopFieldCollector.Create(sort, n, after, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: !weight.ScoresDocsOutOfOrder);
        Search(m_leafContexts, weight, BudgetedCollector.Wrap(collector, cancellationToken));
        return collector.GetTopDocs();
    }
}
