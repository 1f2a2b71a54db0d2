namespace SearchEngine.Core.Search;

/// <summary>
/// What one search may spend: how many terms its prefix and range queries may expand to, and a token that stops it
/// cooperatively (checked per segment, per expanded term and every few thousand collected documents, never per
/// document). Carried by the searcher of one search (<see cref="IndexSearcher.WithBudget"/>).
/// </summary>
internal sealed class QueryBudget
{
    /// <summary>Gets the budget that limits nothing.</summary>
    public static QueryBudget Unlimited { get; } = new();

    /// <summary>
    /// Gets the most terms one prefix or term range may expand to, summed over the segments (0: no limit); past it the
    /// search throws <see cref="TermExpansionLimitException"/> before reading more postings.
    /// </summary>
    public int MaxTermExpansions { get; init; }

    /// <summary>Gets the token that stops the search with <see cref="OperationCanceledException"/> at its next check.</summary>
    public CancellationToken CancellationToken { get; init; }
}
