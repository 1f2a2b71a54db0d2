using System.Diagnostics;
using SearchEngine.Core.Facets;
using SearchEngine.Core.Search;
using SearchEngine.News.Indexing;

namespace SearchEngine.News.Search;

/// <content>Searches that also count facets, in one pass over the matching documents.</content>
public sealed partial class NewsSearcher
{
    /// <summary>
    /// Runs <paramref name="request"/> (first page, relevance or date order) and counts <paramref name="facetFields"/>
    /// (e.g. <c>year</c>, <c>month</c>, <c>person</c>, <c>organization</c>, <c>lang</c>) drill-down and drill-sideways:
    /// persons, organizations and the date are the filter dimensions; the date drives <c>year</c> and <c>month</c>.
    /// </summary>
    public NewsFacetedResponse SearchWithFacets(NewsSearchRequest request, IReadOnlyList<string> facetFields)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(facetFields);
        var stopwatch = Stopwatch.StartNew();
        Validate(request);
        Query baseQuery = BuildQuery(request with { Persons = [], Organizations = [], Date = null });
        var dimensions = new List<DrillDimension>();
        if (request.Persons.Count > 0)
        {
            dimensions.Add(DrillDimension.AnyOf(NewsFields.Person, request.Persons));
        }

        if (request.Organizations.Count > 0)
        {
            dimensions.Add(DrillDimension.AnyOf(NewsFields.Organization, request.Organizations));
        }

        if (request.Date is DateFilter date)
        {
            dimensions.Add(new DrillDimension(NewsFields.Date, DateQuery(date), NewsFields.Year, NewsFields.Month));
        }

        SortByNumericField? sort = request.Sort == NewsSort.Date ? new SortByNumericField(NewsFields.Date, Descending: true) : null;
        DrillSidewaysResult result = DrillSideways.Compute(Searcher, baseQuery, dimensions, facetFields, request.Size, sort);
        PageHighlight? highlight = HighlightOf(request, baseQuery);
        var hits = new List<NewsHit>(result.TopDocs.ScoreDocs.Count);
        foreach (ScoreDoc hit in result.TopDocs.ScoreDocs)
        {
            hits.Add(LoadHit(hit, highlight));
        }

        var response = new NewsSearchResponse(result.TotalHits, true, hits, stopwatch.Elapsed);
        return new NewsFacetedResponse(response, result.DrillDown, result.Sideways);
    }
}
