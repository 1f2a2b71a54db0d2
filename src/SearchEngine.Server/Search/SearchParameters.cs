using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SearchEngine.Server.Search;

/// <summary>
/// The query string of <c>GET /api/search</c>: the query and filters (<see cref="SearchFilterParameters"/>), then the
/// order and the page, all as text until <see cref="SearchRequestBinder"/> parses them.
/// </summary>
internal sealed class SearchParameters : SearchFilterParameters
{
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
