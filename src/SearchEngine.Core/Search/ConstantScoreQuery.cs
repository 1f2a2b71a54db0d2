namespace SearchEngine.Core.Search;

/// <summary>
/// Matches the documents of <see cref="Query"/> with a constant score equal to the boost (1 unless wrapped in a
/// <see cref="BoostQuery"/>), as Lucene's ConstantScoreQuery: for filters whose relevance should not count.
/// </summary>
/// <remarks>The wrapped query is run without scores, so its scoring work (norms, frequencies) is skipped.</remarks>
internal sealed class ConstantScoreQuery : Query
{
    /// <summary>Initializes a query matching what <paramref name="query"/> matches, with a constant score.</summary>
    public ConstantScoreQuery(Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query = query;
    }

    /// <summary>Gets the wrapped query.</summary>
    public Query Query { get; }

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
    {
        Weight inner = Query.CreateWeight(searcher, ScoreMode.CompleteNoScores, 1f);
        return scoreMode == ScoreMode.CompleteNoScores ? inner : new ConstantScoreWeight(this, inner, boost);
    }

    /// <summary>Rewrites the wrapped query; nested constant-score wrappers collapse into one.</summary>
    public override Query Rewrite(IndexSearcher searcher)
    {
        Query rewritten = Query.Rewrite(searcher);
        if (rewritten is BooleanQuery { IsEmpty: true } or ConstantScoreQuery)
        {
            return rewritten;
        }

        // Scores of the wrapped query are never read, so its boost does not matter.
        if (rewritten is BoostQuery boosted)
        {
            return new ConstantScoreQuery(boosted.Query);
        }

        return ReferenceEquals(rewritten, Query) ? this : new ConstantScoreQuery(rewritten);
    }

    /// <inheritdoc />
    public override string ToString() => $"ConstantScore({Query})";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConstantScoreQuery other && other.Query.Equals(Query);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(ConstantScoreQuery), Query);

    private sealed class ConstantScoreWeight(Query query, Weight inner, float score) : Weight(query)
    {
        public override Scorer? GetScorer(LeafContext context) =>
            inner.GetScorer(context) is { } scorer ? new ConstantScoreScorer(scorer, score) : null;
    }
}
