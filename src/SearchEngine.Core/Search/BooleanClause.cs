namespace SearchEngine.Core.Search;

/// <summary>One clause of a <see cref="BooleanQuery"/>: a query and how it occurs.</summary>
internal sealed record BooleanClause
{
    /// <summary>Initializes a clause of <paramref name="query"/> occurring as <paramref name="occur"/>.</summary>
    public BooleanClause(Query query, Occur occur)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Enum.IsDefined(occur))
        {
            throw new ArgumentOutOfRangeException(nameof(occur), occur, "Unknown occur.");
        }

        Query = query;
        Occur = occur;
    }

    /// <summary>Gets the clause's query.</summary>
    public Query Query { get; }

    /// <summary>Gets how the clause occurs.</summary>
    public Occur Occur { get; }

    /// <summary>Gets a value indicating whether the clause must match (Must or Filter).</summary>
    public bool IsRequired => Occur is Occur.Must or Occur.Filter;

    /// <summary>Gets a value indicating whether the clause's score counts (Must or Should).</summary>
    public bool IsScoring => Occur is Occur.Must or Occur.Should;

    /// <summary>Returns the clause in the classic syntax: <c>+</c> Must, <c>-</c> MustNot, <c>#</c> Filter, nothing for Should.</summary>
    public override string ToString()
    {
        string prefix = Occur switch
        {
            Occur.Must => "+",
            Occur.MustNot => "-",
            Occur.Filter => "#",
            _ => string.Empty,
        };

        // Nested boolean queries need parentheses to stay one clause when read back.
        return Query is BooleanQuery ? $"{prefix}({Query})" : prefix + Query;
    }
}
