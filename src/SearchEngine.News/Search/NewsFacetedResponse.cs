using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;

namespace SearchEngine.News.Search;

/// <summary>A result page with facet counts: drill-down (every filter applied) and drill-sideways (each filtered dimension without its own filter).</summary>
/// <param name="Response">The page of hits and the total.</param>
/// <param name="DrillDown">Counts per facet field under every filter.</param>
/// <param name="Sideways">Counts per facet field with the filter of the dimension that drives it removed (equal to drill-down for unfiltered dimensions).</param>
public sealed record NewsFacetedResponse(
    NewsSearchResponse Response,
    IReadOnlyDictionary<string, FacetCounts> DrillDown,
    IReadOnlyDictionary<string, FacetCounts> Sideways)
{
    /// <summary>
    /// Returns the counts of the facet field <paramref name="field"/> (<c>person</c>, <c>year</c>, ...), drill-sideways
    /// or drill-down, or null when the field was not counted.
    /// </summary>
    /// <param name="field">The facet field.</param>
    /// <param name="sideways">True for the counts without the field's own filter (what a facet sidebar shows), false for every filter applied.</param>
    /// <returns>The counts, or null.</returns>
    public FacetCounts? Counts(string field, bool sideways)
    {
        ArgumentNullException.ThrowIfNull(field);
        return (sideways ? Sideways : DrillDown).GetValueOrDefault(field);
    }

    /// <summary>
    /// Returns the date facet as years with their months (<see cref="DateFacetHierarchy"/>), built from the
    /// <c>year</c> and <c>month</c> counts; empty when the date facet was not counted.
    /// </summary>
    /// <param name="sideways">True for the counts without the date filter, false for every filter applied.</param>
    /// <param name="newestFirst">True for the latest year and month first.</param>
    /// <returns>The years, each with its count and months.</returns>
    public IReadOnlyList<DateFacetNode> Dates(bool sideways, bool newestFirst = false)
    {
        if (Counts(NewsFields.Year, sideways) is not { } years || Counts(NewsFields.Month, sideways) is not { } months)
        {
            return [];
        }

        return DateFacetHierarchy.Build(years, months, newestFirst);
    }
}
