namespace SearchEngine.News.Engines;

/// <summary>The best hits of a search and the number of matches.</summary>
/// <param name="TotalHits">The number of matching documents (exact unless <see cref="TotalIsExact"/> is false).</param>
/// <param name="TotalIsExact">Whether <paramref name="TotalHits"/> is exact or a lower bound.</param>
/// <param name="ScoreDocs">The hits, best first.</param>
internal sealed record EngineTopDocs(long TotalHits, bool TotalIsExact, IReadOnlyList<EngineScoreDoc> ScoreDocs);
