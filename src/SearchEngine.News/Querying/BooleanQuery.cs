namespace SearchEngine.News.Querying;

/// <summary>
/// A combination of clauses, scored by the sum of the scores of the matching scoring clauses (Lucene 8's
/// BooleanQuery: no coordination factor); no clause at all matches nothing.
/// </summary>
/// <param name="Clauses">The clauses.</param>
/// <param name="MinimumShouldMatch">How many <see cref="Occur.Should"/> clauses must match at least (0: the default rule).</param>
internal sealed record BooleanQuery(IReadOnlyList<BooleanClause> Clauses, int MinimumShouldMatch = 0) : Query
{
    /// <summary>Gets the query that matches nothing.</summary>
    public static BooleanQuery Empty { get; } = new([]);

    /// <summary>Compares by the clauses in order and the minimum (a list compares by reference otherwise).</summary>
    public bool Equals(BooleanQuery? other) =>
        other is not null && MinimumShouldMatch == other.MinimumShouldMatch && Clauses.SequenceEqual(other.Clauses);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(MinimumShouldMatch);
        foreach (BooleanClause clause in Clauses)
        {
            hash.Add(clause);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => "(" + string.Join(' ', Clauses.Select(c => c.Occur switch
    {
        Occur.Must => "+",
        Occur.MustNot => "-",
        Occur.Filter => "#",
        _ => string.Empty,
    } + c.Query)) + ")";
}
