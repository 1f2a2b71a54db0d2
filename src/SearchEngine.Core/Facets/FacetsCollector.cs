using SearchEngine.Core.Search;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Runs a query once and gathers every matching live document per segment (for facet counting), together with
/// the top hits when asked, so a search with facets does not run its query twice.
/// </summary>
/// <remarks>
/// Counting facets needs every match, so the scorers are never allowed to skip documents (no block-max
/// pruning): the total is always exact. The hits are exactly those of <see cref="IndexSearcher.Search(Query, int, bool)"/>
/// or, with a sort, <see cref="IndexSearcher.Search(Query, int, SortByNumericField)"/>: the same collectors
/// rank them. Thread-safe: each call has its own state.
/// </remarks>
internal static class FacetsCollector
{
    /// <summary>
    /// Runs <paramref name="query"/> over <paramref name="searcher"/>, gathering the matching live documents of each
    /// segment and the first <paramref name="topN"/> hits by relevance, or in <paramref name="sort"/> order when given.
    /// </summary>
    /// <param name="searcher">The searcher.</param>
    /// <param name="query">The query.</param>
    /// <param name="topN">How many hits to return; 0 gathers the documents only (and skips scoring).</param>
    /// <param name="sort">An optional numeric doc values sort for the hits (e.g. newest first).</param>
    /// <returns>The hits, the exact total and the matching documents per segment.</returns>
    public static FacetsSearchResult Search(IndexSearcher searcher, Query query, int topN = 0, SortByNumericField? sort = null)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(topN);
        Weight weight = searcher.CreateWeight(query, topN > 0 ? ScoreMode.Complete : ScoreMode.CompleteNoScores);
        TopScoreCollector? byScore = topN > 0 && sort is null ? new TopScoreCollector(topN) : null;
        TopNumericFieldCollector? bySort = topN > 0 && sort is not null ? new TopNumericFieldCollector(topN, sort) : null;
        var matching = new List<MatchingDocs>(searcher.Leaves.Count);
        long total = 0;
        foreach (LeafContext leaf in searcher.Leaves)
        {
            if (weight.GetScorer(leaf) is not { } scorer)
            {
                continue;
            }

            var recorder = new RecordingScorer(scorer, leaf.Reader, new FixedBitSet(leaf.Reader.MaxDoc));
            if (byScore is not null)
            {
                byScore.CollectSegment(leaf, recorder, prune: false);
            }
            else if (bySort is not null)
            {
                bySort.CollectSegment(leaf, recorder);
            }
            else
            {
                recorder.Drain();
            }

            total += recorder.Count;
            if (recorder.Count > 0)
            {
                matching.Add(new MatchingDocs(leaf, recorder.Bits, recorder.Count));
            }
        }

        IReadOnlyList<ScoreDoc> hits = byScore?.Results() ?? bySort?.Results() ?? (IReadOnlyList<ScoreDoc>)[];
        return new FacetsSearchResult(new TopDocs(total, hits), matching);
    }
}
