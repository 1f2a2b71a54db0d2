namespace SearchEngine.Core.Search;

/// <summary>Collects clauses for an immutable <see cref="BooleanQuery"/>, e.g. in a query parser.</summary>
/// <example>
/// <code>
/// Query query = new BooleanQueryBuilder()
///     .Add(new TermQuery("body_da", "regering"), Occur.Must)
///     .Add(new BoostQuery(new TermQuery("title_da", "regering"), 2f), Occur.Should)
///     .Add(new TermQuery("language", "da"), Occur.Filter)
///     .Build();
/// </code>
/// </example>
internal sealed class BooleanQueryBuilder
{
    private readonly List<BooleanClause> clauses = [];
    private int minimumShouldMatch;

    /// <summary>Gets the number of clauses added so far.</summary>
    public int Count => clauses.Count;

    /// <summary>Adds <paramref name="query"/> occurring as <paramref name="occur"/>; returns this builder.</summary>
    public BooleanQueryBuilder Add(Query query, Occur occur) => Add(new BooleanClause(query, occur));

    /// <summary>Adds <paramref name="clause"/>; returns this builder.</summary>
    public BooleanQueryBuilder Add(BooleanClause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        clauses.Add(clause);
        return this;
    }

    /// <summary>Sets how many Should clauses must match; returns this builder.</summary>
    public BooleanQueryBuilder SetMinimumShouldMatch(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        minimumShouldMatch = count;
        return this;
    }

    /// <summary>Returns the query of the clauses added so far; the builder may go on being used.</summary>
    public BooleanQuery Build() => new(clauses, minimumShouldMatch);
}
