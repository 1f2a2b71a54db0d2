using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SearchEngine.Server.Search;

/// <summary>
/// The query and filters of a search as the client sent them, shared by <c>GET /api/search</c> and the facet value
/// search (<c>GET /api/facets/{facet}</c>), which counts within the same search: every value is text here, so that a
/// bad one becomes a 400 naming its parameter (<see cref="SearchRequestBinder"/>).
/// </summary>
internal class SearchFilterParameters
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

    /// <summary>Gets the persons to leave out.</summary>
    [FromQuery(Name = "notperson")]
    [Description("Drop the articles naming this person (exact value or alias); repeat to drop several. An excluded value has no count in any facet.")]
    public string[]? NotPerson { get; init; }

    /// <summary>Gets the organizations to leave out.</summary>
    [FromQuery(Name = "notorganization")]
    [Description("Drop the articles naming this organization; repeat to drop several. An excluded value has no count in any facet.")]
    public string[]? NotOrganization { get; init; }

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
}
