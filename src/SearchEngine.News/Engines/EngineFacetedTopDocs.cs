using SearchEngine.News.Facets;

namespace SearchEngine.News.Engines;

/// <summary>The hits of a faceted search with its drill-down and drill-sideways counts per facet field.</summary>
/// <param name="TopDocs">The hits under every filter, and their exact total.</param>
/// <param name="DrillDown">The counts per facet field under every filter.</param>
/// <param name="Sideways">The counts per facet field with the filter of the dimension that drives the field left out (equal to drill-down for fields no dimension drives).</param>
internal sealed record EngineFacetedTopDocs(
    EngineTopDocs TopDocs,
    IReadOnlyDictionary<string, FacetCounts> DrillDown,
    IReadOnlyDictionary<string, FacetCounts> Sideways);
