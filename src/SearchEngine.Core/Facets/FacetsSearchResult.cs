using SearchEngine.Core.Search;

namespace SearchEngine.Core.Facets;

/// <summary>What one <see cref="FacetsCollector"/> pass produced: the top hits and every matching live document.</summary>
/// <param name="TopDocs">The best hits (empty when none were asked for); <see cref="TopDocs.TotalHits"/> is always exact.</param>
/// <param name="MatchingDocs">The matching live documents per segment, in segment order (segments without a match are left out).</param>
internal sealed record FacetsSearchResult(TopDocs TopDocs, IReadOnlyList<MatchingDocs> MatchingDocs)
{
    /// <summary>Gets the number of matching live documents.</summary>
    public long TotalHits => TopDocs.TotalHits;

    /// <summary>Counts the values of the sorted-set doc values field <paramref name="field"/> over the matching documents.</summary>
    public SortedSetFacetCounts Count(string field) => SortedSetFacetCounts.Count(field, MatchingDocs);
}
