namespace SearchEngine.News.Querying;

/// <summary>Collects clauses for a <see cref="BooleanQuery"/>.</summary>
internal sealed class BooleanQueryBuilder
{
    private readonly List<BooleanClause> clauses = [];

    /// <summary>Gets the number of clauses added.</summary>
    public int Count => clauses.Count;

    /// <summary>Adds a clause; returns this builder.</summary>
    public BooleanQueryBuilder Add(Query query, Occur occur)
    {
        ArgumentNullException.ThrowIfNull(query);
        clauses.Add(new BooleanClause(query, occur));
        return this;
    }

    /// <summary>Returns the query of the clauses added so far.</summary>
    public BooleanQuery Build(int minimumShouldMatch = 0) => new([.. clauses], minimumShouldMatch);
}
