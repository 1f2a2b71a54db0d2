namespace SearchEngine.Core.Search;

/// <summary>A query bound to one searcher: its statistics computed once, its scorers created per segment.</summary>
internal abstract class Weight
{
    /// <summary>Initializes the weight of <paramref name="query"/>.</summary>
    protected Weight(Query query)
    {
        Query = query;
    }

    /// <summary>Gets the query this weight was created from.</summary>
    public Query Query { get; }

    /// <summary>Returns the scorer of the query on one segment, or null when no document of the segment can match.</summary>
    public abstract Scorer? GetScorer(LeafContext context);
}
