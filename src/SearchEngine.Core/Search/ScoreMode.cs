namespace SearchEngine.Core.Search;

/// <summary>What a search needs from scorers, which decides how much work they may skip.</summary>
internal enum ScoreMode
{
    /// <summary>Every matching document with its exact score (exact totals and facets with relevance).</summary>
    Complete,

    /// <summary>Every matching document, no scores (filters, counting, facets only).</summary>
    CompleteNoScores,

    /// <summary>Only the top documents by score: scorers may skip documents that cannot compete (block-max WAND).</summary>
    TopScores,
}
