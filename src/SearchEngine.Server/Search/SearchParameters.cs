using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SearchEngine.Server.Search;

/// <summary>
/// The query string of <c>GET /api/search</c>, as the client sent it: every value is text here, so that a bad one
/// becomes a 400 naming its parameter (<see cref="SearchRequestBinder"/>) rather than a bare binding failure.
/// </summary>
internal sealed class SearchParameters
{
    /// <summary>Gets the query in the classic syntax.</summary>
    [FromQuery(Name = "q")]
    [Description("The query in Lucene's classic syntax: words, \"phrases\", AND/OR/NOT, +/-, prefix*, fields (title:, body:, person:, organization:, lang:, date:). Empty matches every article.")]
    public string? Q { get; init; }

    /// <summary>Gets the language.</summary>
    [FromQuery(Name = "lang")]
    [Description("da or nl: analyze the query in that language and keep its articles. Absent: both.")]
    public string? Lang { get; init; }

    /// <summary>Gets the persons to filter by.</summary>
    [FromQuery(Name = "person")]
    [Description("Keep articles naming this person; repeat for any of several.")]
    public string[]? Person { get; init; }

    /// <summary>Gets the organizations to filter by.</summary>
    [FromQuery(Name = "organization")]
    [Description("Keep articles naming this organization; repeat for any of several.")]
    public string[]? Organization { get; init; }

    /// <summary>Gets the exact date filter.</summary>
    [FromQuery(Name = "date")]
    [Description("Keep articles of this year, month or day: YYYY, YYYY-MM or YYYY-MM-DD. Not with from/to.")]
    public string? Date { get; init; }

    /// <summary>Gets the start of the date range.</summary>
    [FromQuery(Name = "from")]
    [Description("Keep articles dated on or after this YYYY, YYYY-MM or YYYY-MM-DD (its first day).")]
    public string? From { get; init; }

    /// <summary>Gets the end of the date range.</summary>
    [FromQuery(Name = "to")]
    [Description("Keep articles dated on or before this YYYY, YYYY-MM or YYYY-MM-DD (its last day).")]
    public string? To { get; init; }

    /// <summary>Gets the order.</summary>
    [FromQuery(Name = "sort")]
    [Description("relevance (default), date (newest first) or oldest (oldest first); undated articles come last in both date orders.")]
    public string? Sort { get; init; }

    /// <summary>Gets the page number.</summary>
    [FromQuery(Name = "page")]
    [Description("The page, from 1 (default 1).")]
    public string? Page { get; init; }

    /// <summary>Gets the cursor to continue after.</summary>
    [FromQuery(Name = "after")]
    [Description("The next of the previous page, unchanged: continues right after that page, past Search:MaxResultWindow, with the same q, filters and sort. Not with page.")]
    public string? After { get; init; }

    /// <summary>Gets the page size.</summary>
    [FromQuery(Name = "size")]
    [Description("Hits per page, from 1 to the server's maximum (default 10).")]
    public string? Size { get; init; }
}
