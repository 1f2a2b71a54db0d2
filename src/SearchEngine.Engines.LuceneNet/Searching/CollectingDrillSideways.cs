using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Search;
using SearchEngine.Engines.LuceneNet.Documents;

namespace SearchEngine.Engines.LuceneNet.Searching;

/// <summary>
/// Lucene's DrillSideways, keeping the collectors instead of building its facets: the drill-down collector (hits
/// under every filter) and one sideways collector per dimension, by the dimension's name (hits under every filter
/// but that dimension's). The caller counts each collector for every facet field its dimension drives. One instance
/// serves one search.
/// </summary>
/// <remarks>
/// Lucene.Net keeps a DrillDownQuery's dimensions in a hash map, so the collectors come in hash order, which .NET's
/// per-process string hashing makes differ from run to run: they are matched to dimensions by name, never by position.
/// </remarks>
internal sealed class CollectingDrillSideways(IndexSearcher searcher, SortedSetDocValuesReaderState? state)
    : DrillSideways(searcher, MultiValuedFacetsConfig.Instance, state)
{
    /// <summary>Gets the documents that match the base query and every filter.</summary>
    public FacetsCollector? DrillDown { get; private set; }

    /// <summary>Gets, per dimension name, the documents that match every filter but the dimension's; empty without dimensions.</summary>
    public IReadOnlyDictionary<string, FacetsCollector> Sideways { get; private set; } = new Dictionary<string, FacetsCollector>();

    /// <inheritdoc/>
    protected override Facets BuildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways, string[] drillSidewaysDims)
    {
        DrillDown = drillDowns;
        var sideways = new Dictionary<string, FacetsCollector>(StringComparer.Ordinal);
        // Without dimensions Lucene passes no sideways arrays at all.
        for (int i = 0; drillSideways is not null && drillSidewaysDims is not null && i < drillSideways.Length; i++)
        {
            sideways[drillSidewaysDims[i]] = drillSideways[i];
        }

        Sideways = sideways;

        // The result's facets are not used: the counts are read from the collectors above.
        return null!;
    }
}
