namespace SearchEngine.Core.Search;

/// <summary>How <see cref="TopDocs.TotalHits"/> relates to the true number of matching documents.</summary>
internal enum TotalHitsRelation
{
    /// <summary>Every match was counted: the total is exact.</summary>
    EqualTo,

    /// <summary>Top-k pruning skipped documents that could not compete, so the total is a lower bound.</summary>
    GreaterThanOrEqualTo,
}
