using SearchEngine.Core.Facets;

namespace SearchEngine.News.Search;

/// <summary>A result page with facet counts: drill-down (every filter applied) and drill-sideways (each filtered dimension without its own filter).</summary>
/// <param name="Response">The page of hits and the total.</param>
/// <param name="DrillDown">Counts per facet field under every filter.</param>
/// <param name="Sideways">Counts per facet field with the filter of the dimension that drives it removed (equal to drill-down for unfiltered dimensions).</param>
public sealed record NewsFacetedResponse(
    NewsSearchResponse Response,
    IReadOnlyDictionary<string, SortedSetFacetCounts> DrillDown,
    IReadOnlyDictionary<string, SortedSetFacetCounts> Sideways);
