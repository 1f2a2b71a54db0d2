namespace SearchEngine.News.Engines;

/// <summary>
/// Thrown by an engine when a prefix or term-range query matches more index terms than its
/// <see cref="EngineQueryBudget.MaxTermExpansions"/>; the search is abandoned, and the facade reports the request
/// as too broad rather than failing.
/// </summary>
internal sealed class TermExpansionLimitException : Exception
{
    /// <summary>Initializes the exception for a query on <paramref name="field"/> that expanded past <paramref name="limit"/> terms.</summary>
    public TermExpansionLimitException(string field, string query, int limit, Exception? inner = null)
        : base($"The query {query} matches more than {limit} terms of the field '{field}'.", inner)
    {
        Field = field;
        Query = query;
        Limit = limit;
    }

    /// <summary>Initializes the exception with a default message.</summary>
    public TermExpansionLimitException()
        : base("A query matches more terms than its budget allows.")
    {
    }

    /// <summary>Initializes the exception with a message.</summary>
    public TermExpansionLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with a message and its cause.</summary>
    public TermExpansionLimitException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Gets the field whose terms the query expanded over (empty when not known).</summary>
    public string Field { get; } = string.Empty;

    /// <summary>Gets the query as the engine wrote it (empty when not known).</summary>
    public string Query { get; } = string.Empty;

    /// <summary>Gets the limit it ran past.</summary>
    public int Limit { get; }
}
