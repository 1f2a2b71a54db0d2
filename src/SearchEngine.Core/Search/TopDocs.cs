namespace SearchEngine.Core.Search;

/// <summary>The best hits of a search, best first, and how many documents matched in all.</summary>
/// <param name="TotalHits">The number of live documents that matched.</param>
/// <param name="ScoreDocs">The best hits, by score descending, ties by doc id ascending.</param>
public sealed record TopDocs(long TotalHits, IReadOnlyList<ScoreDoc> ScoreDocs);
