namespace SearchEngine.Core.Search;

/// <summary>The best hits of a search, best first, and how many documents matched in all.</summary>
/// <param name="TotalHits">The number of live documents that matched (a lower bound when <see cref="TotalHitsRelation"/> says so).</param>
/// <param name="ScoreDocs">The best hits, by score descending, ties by doc id ascending (or in the order of a sort).</param>
internal sealed record TopDocs(long TotalHits, IReadOnlyList<ScoreDoc> ScoreDocs)
{
    /// <summary>Gets whether <see cref="TotalHits"/> is exact (the default) or a lower bound after top-k pruning.</summary>
    public TotalHitsRelation TotalHitsRelation { get; init; } = TotalHitsRelation.EqualTo;
}
