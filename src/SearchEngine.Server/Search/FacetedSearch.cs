using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.Server.Search;

/// <summary>
/// Runs a search on one snapshot and counts its facets drill-sideways: date (years with months), person,
/// organization and language, each under every filter but its own.
/// </summary>
/// <remarks>
/// One pass (<see cref="NewsSearcher.SearchWithFacets"/>): the page of hits, and with a language chosen the
/// language is a dimension too, so its counts say what choosing each language would find.
/// </remarks>
internal static class FacetedSearch
{
    /// <summary>
    /// Returns the page of hits <paramref name="request"/> asks for and the facets; throws
    /// <see cref="News.QueryParsing.QueryParseException"/> for a malformed query, and
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> (the client's request) is
    /// cancelled: the engine stops at its next check.
    /// </summary>
    public static (NewsSearchResponse Page, SearchFacets Facets) Run(NewsSearcher searcher, NewsSearchRequest request, int facetValues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(request);
        NewsFacetedResponse faceted = searcher.SearchWithFacets(request, NewsFacets.Names, cancellationToken);
        NewsSearchResponse page = faceted.Response;
        FacetCounts? languages = faceted.Counts(NewsFields.Language, sideways: true);

        var facets = new SearchFacets(
            Dates(faceted.Dates(sideways: true, newestFirst: true)),
            Values(faceted.Counts(NewsFields.Person, sideways: true), facetValues, request.Persons),
            Values(faceted.Counts(NewsFields.Organization, sideways: true), facetValues, request.Organizations),
            Values(languages, int.MaxValue, []));
        return (page, facets);
    }

    private static List<DateFacetValue> Dates(IReadOnlyList<DateFacetNode> years) =>
        [.. years.Select(static year => new DateFacetValue(year.Label, year.Count, [.. year.Children.Select(ToValue)]))];

    /// <summary>
    /// Returns the top <paramref name="limit"/> values, then each selected value that did not make the top but has
    /// matches: a sidebar can then always show the count of what the user ticked.
    /// </summary>
    private static List<FacetValue> Values(FacetCounts? counts, int limit, IReadOnlyList<string> selected)
    {
        if (counts is null)
        {
            return [];
        }

        List<FacetValue> values = [.. counts.GetTop(Math.Min(limit, counts.LabelCount)).Select(ToValue)];
        foreach (string value in selected)
        {
            int count = counts.GetCount(value);
            if (count > 0 && !values.Exists(v => v.Value == value))
            {
                values.Add(new FacetValue(value, count));
            }
        }

        return values;
    }

    private static FacetValue ToValue(LabelAndCount label) => new(label.Label, label.Count);
}
