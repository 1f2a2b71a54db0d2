namespace SearchEngine.News.Search;

/// <summary>
/// Thrown when a search ran past <see cref="NewsSearchLimits.SearchBudget"/> and was stopped; nothing it computed is
/// returned. The request itself was valid: retrying it later, or narrowing it, may succeed.
/// </summary>
public sealed class SearchBudgetExceededException : TimeoutException
{
    /// <summary>Initializes the exception for a search stopped after <paramref name="budget"/>.</summary>
    public SearchBudgetExceededException(TimeSpan budget, Exception? inner = null)
        : base($"The search took longer than its budget of {budget.TotalMilliseconds:0} ms and was stopped.", inner)
    {
        Budget = budget;
    }

    /// <summary>Initializes the exception with a default message.</summary>
    public SearchBudgetExceededException()
        : base("The search took longer than its budget and was stopped.")
    {
    }

    /// <summary>Initializes the exception with a message.</summary>
    public SearchBudgetExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with a message and its cause.</summary>
    public SearchBudgetExceededException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Gets the budget the search ran past (zero when not known).</summary>
    public TimeSpan Budget { get; }
}
