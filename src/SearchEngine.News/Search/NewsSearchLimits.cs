namespace SearchEngine.News.Search;

/// <summary>Bounds on what one search may ask for, so a request cannot make the engine do unbounded work.</summary>
public sealed record NewsSearchLimits
{
    /// <summary>Gets the longest query text accepted (default 1,000 characters).</summary>
    public int MaxQueryLength { get; init; } = 1_000;

    /// <summary>Gets the most clauses a query may have (default 1,024).</summary>
    public int MaxClauses { get; init; } = 1_024;

    /// <summary>Gets the most values one filter (persons, organizations) may list (default 50).</summary>
    public int MaxFilterValues { get; init; } = 50;

    /// <summary>Gets the longest person or organization value a filter may hold (default 200 characters).</summary>
    public int MaxValueLength { get; init; } = 200;

    /// <summary>Gets the largest page size (default 100).</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>Gets the deepest result a page may reach, page * size + size (default 10,000).</summary>
    public int MaxResultWindow { get; init; } = 10_000;

    /// <summary>Gets the most snippets a hit may ask for (default 10).</summary>
    public int MaxSnippetCount { get; init; } = 10;

    /// <summary>Gets the longest snippet a hit may ask for, in characters (default 1,000).</summary>
    public int MaxSnippetLength { get; init; } = 1_000;

    /// <summary>
    /// Gets the most index terms one prefix or range may expand to, summed over segments (default 50,000): a broader one is refused with an
    /// <see cref="InvalidSearchRequestException"/> naming the limit as soon as it passes it, before the rest of its postings are read.
    /// </summary>
    public int MaxTermExpansions { get; init; } = 50_000;

    /// <summary>
    /// Gets the time one search may take (default 5 s; <see cref="Timeout.InfiniteTimeSpan"/> for none): past it the
    /// engine stops at its next check and the search throws <see cref="SearchBudgetExceededException"/>.
    /// </summary>
    public TimeSpan SearchBudget { get; init; } = TimeSpan.FromSeconds(5);
}
