using SearchEngine.Core.Search;

namespace SearchEngine.Core.Facets;

/// <summary>The outcome of <see cref="DrillSideways.Compute"/>: drill-down hits, drill-down counts and drill-sideways counts.</summary>
/// <param name="TopDocs">
/// The best drill-down hits (documents matching the base query and every filter), scored by the base query; empty
/// when none were asked for. <see cref="TopDocs.TotalHits"/> is the exact number of drill-down matches.
/// </param>
/// <param name="DrillDown">Per requested facet field, the counts over the drill-down matches (every filter applied).</param>
/// <param name="Sideways">
/// Per requested facet field, the counts with every filter applied except that of the dimension driving the field;
/// for a field no dimension drives, the same object as in <paramref name="DrillDown"/>.
/// </param>
internal sealed record DrillSidewaysResult(
    TopDocs TopDocs,
    IReadOnlyDictionary<string, SortedSetFacetCounts> DrillDown,
    IReadOnlyDictionary<string, SortedSetFacetCounts> Sideways)
{
    /// <summary>Gets the number of drill-down matches.</summary>
    public long TotalHits => TopDocs.TotalHits;
}
