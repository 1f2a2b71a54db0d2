namespace SearchEngine.Core.Search;

/// <summary>
/// Thrown when a prefix or range query matches more index terms than <see cref="QueryBudget.MaxTermExpansions"/>
/// allows; the search is abandoned before the rest of its postings are read.
/// </summary>
internal sealed class TermExpansionLimitException : Exception
{
    /// <summary>Initializes the exception for <paramref name="query"/>, which expanded past <paramref name="limit"/> terms.</summary>
    public TermExpansionLimitException(MultiTermQuery query, int limit)
        : base($"The query {query} matches more than {limit} terms of the field '{query?.Field}'.")
    {
        ArgumentNullException.ThrowIfNull(query);
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

    /// <summary>Gets the query that expanded too far (null when not known).</summary>
    public MultiTermQuery? Query { get; }

    /// <summary>Gets the limit it ran past.</summary>
    public int Limit { get; }
}
