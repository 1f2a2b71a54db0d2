namespace SearchEngine.Core.Search;

/// <summary>
/// A description of which documents match and how they score; immutable and reusable across searches.
/// <see cref="CreateWeight"/> binds it to one searcher's statistics.
/// </summary>
internal abstract class Query
{
    /// <summary>Returns the weight of this query on <paramref name="searcher"/>, multiplying scores by <paramref name="boost"/>.</summary>
    public abstract Weight CreateWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost);

    /// <summary>Returns a simpler equivalent query for this searcher (prefix queries expand to terms), or this one.</summary>
    public virtual Query Rewrite(IndexSearcher searcher) => this;

    /// <summary>Returns the query in the classic query syntax, for messages and tests.</summary>
    public abstract override string ToString();

    /// <summary>Tells whether <paramref name="obj"/> is the same query.</summary>
    public abstract override bool Equals(object? obj);

    /// <summary>Returns a hash consistent with <see cref="Equals(object?)"/>.</summary>
    public abstract override int GetHashCode();
}
