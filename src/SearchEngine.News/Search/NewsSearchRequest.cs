namespace SearchEngine.News.Search;

/// <summary>A search of a news index: the query text, its language, filters, order and page.</summary>
/// <param name="Query">The query in the classic syntax (see the README); empty matches every article.</param>
public sealed record NewsSearchRequest(string Query)
{
    /// <summary>Gets the query language ("da" or "nl"): analyze with that language and keep its articles; null analyzes with both and keeps both.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the persons to keep: an article matches if it names any of them (exact values or aliases).</summary>
    public IReadOnlyList<string> Persons { get; init; } = [];

    /// <summary>Gets the organizations to keep: an article matches if it names any of them.</summary>
    public IReadOnlyList<string> Organizations { get; init; } = [];

    /// <summary>
    /// Gets the persons to leave out: an article naming any of them (exact values or aliases) is not a match, so they
    /// have no count in any facet, including their own dimension's sideways counts.
    /// </summary>
    public IReadOnlyList<string> ExcludedPersons { get; init; } = [];

    /// <summary>Gets the organizations to leave out: an article naming any of them is not a match, in the hits and in every facet count.</summary>
    public IReadOnlyList<string> ExcludedOrganizations { get; init; } = [];

    /// <summary>Gets the date range to keep, or null for any date.</summary>
    public DateFilter? Date { get; init; }

    /// <summary>Gets the order of the results.</summary>
    public NewsSort Sort { get; init; } = NewsSort.Relevance;

    /// <summary>Gets the number of hits per page (default 10).</summary>
    public int Size { get; init; } = 10;

    /// <summary>Gets the page number, counted from 1 as the HTTP API and <c>searchctl search --page</c> count (default 1); deep pages are limited by <see cref="NewsSearchLimits"/>.</summary>
    public int Page { get; init; } = 1;

    /// <summary>
    /// Gets the cursor of the previous page (<see cref="NewsSearchResponse.NextCursor"/>) to continue right after it,
    /// past <see cref="NewsSearchLimits.MaxResultWindow"/>, in the same <see cref="Sort"/> and on any later snapshot;
    /// <see cref="Page"/> must then be 1. A cursor that is malformed or of another sort is a validation error on <c>after</c>.
    /// </summary>
    public string? After { get; init; }

    /// <summary>
    /// Gets a value indicating whether the total must be exact (default) or may be a lower bound; the engines count
    /// exactly whatever it says, since pages break ties by article id (<see cref="NewsSort"/>), which their pruning
    /// top-k does not.
    /// </summary>
    public bool ExactTotal { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether the hits of the page carry a highlighted title and body snippets (default);
    /// without highlighting no stored body is read, so the search costs what it did before highlighting existed.
    /// </summary>
    public bool Highlight { get; init; } = true;

    /// <summary>Gets the most body snippets (passages) per hit, at least 1 (default 3; see <see cref="NewsSearchLimits.MaxSnippetCount"/>).</summary>
    public int SnippetCount { get; init; } = 3;

    /// <summary>Gets the longest a snippet may be, in characters, at least 1 (default 200; see <see cref="NewsSearchLimits.MaxSnippetLength"/>).</summary>
    public int SnippetLength { get; init; } = 200;
}
