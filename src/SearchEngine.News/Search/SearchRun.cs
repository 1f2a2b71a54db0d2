using System.Globalization;
using SearchEngine.News.Engines;

namespace SearchEngine.News.Search;

/// <summary>
/// One search's budget under <see cref="NewsSearchLimits"/>: the engine budget (term expansions, and a token that
/// fires at the caller's cancellation or when <see cref="NewsSearchLimits.SearchBudget"/> runs out), and the
/// translation of what the engine throws into the facade's errors. Dispose it when the search ends (it owns a timer).
/// </summary>
internal sealed class SearchRun : IDisposable
{
    private readonly NewsSearchLimits limits;
    private readonly CancellationToken caller;
    private readonly CancellationTokenSource? timer;

    public SearchRun(NewsSearchLimits limits, CancellationToken caller)
    {
        this.limits = limits;
        this.caller = caller;
        caller.ThrowIfCancellationRequested();
        if (limits.SearchBudget != Timeout.InfiniteTimeSpan)
        {
            timer = CancellationTokenSource.CreateLinkedTokenSource(caller);
            timer.CancelAfter(limits.SearchBudget);
        }

        Budget = new EngineQueryBudget(limits.MaxTermExpansions, timer?.Token ?? caller);
    }

    /// <summary>Gets the budget to hand the engine.</summary>
    public EngineQueryBudget Budget { get; }

    /// <summary>Throws when the search must stop (between hits, where the engine does not look).</summary>
    public void ThrowIfStopped() => Budget.CancellationToken.ThrowIfCancellationRequested();

    /// <summary>
    /// Returns what to throw for <paramref name="exception"/>, caught from the search: a stop by the budget's timer
    /// becomes <see cref="SearchBudgetExceededException"/>, an expansion past the limit an
    /// <see cref="InvalidSearchRequestException"/> on <c>q</c>; null to rethrow it as it is (the caller's own cancellation).
    /// </summary>
    public Exception? Translate(Exception exception) => exception switch
    {
        OperationCanceledException when !caller.IsCancellationRequested && timer is not null && timer.IsCancellationRequested =>
            new SearchBudgetExceededException(limits.SearchBudget, exception),
        TermExpansionLimitException expansion => new InvalidSearchRequestException(
            [new RequestError("q", string.Create(CultureInfo.InvariantCulture, $"The prefix or range {Pattern(expansion)} matches more than {expansion.Limit:N0} terms of the index, the most one may expand to (MaxTermExpansions); make it narrower."))]),
        _ => null,
    };

    public void Dispose() => timer?.Dispose();

    private static string Pattern(TermExpansionLimitException expansion)
    {
        string query = expansion.Query;
        string field = expansion.Field + ":";
        return query.StartsWith(field, StringComparison.Ordinal) ? query[field.Length..] : query;
    }
}
