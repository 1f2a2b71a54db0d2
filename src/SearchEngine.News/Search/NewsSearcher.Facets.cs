using System.Diagnostics;
using SearchEngine.Analysis;
using SearchEngine.News.Engines;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.Querying;

namespace SearchEngine.News.Search;

/// <content>Searches that also count facets, in one pass over the matching documents: pages, and the language as a dimension.</content>
public sealed partial class NewsSearcher
{
    /// <summary>
    /// Runs <paramref name="request"/> (any page or cursor, relevance or date order) and counts <paramref name="facets"/>
    /// (<see cref="NewsFacets.Names"/>: <c>date</c> as <c>year</c> and <c>month</c>, <c>person</c>,
    /// <c>organization</c>, <c>lang</c>) drill-down and drill-sideways: persons, organizations and the date are the
    /// filter dimensions (the date drives <c>year</c> and <c>month</c>); when <c>lang</c> is counted and the request
    /// has a language, the language is one more dimension, so the <c>lang</c> counts tell how many matches a search
    /// in each language has.
    /// </summary>
    /// <remarks>
    /// The base query of the language dimension is the query analysed in each language and restricted to that
    /// language's articles: with the language filter applied it is exactly the query of the request, so hits,
    /// scores and the drill-down counts are those of <see cref="Search"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">A facet name is unknown, or the request is not valid (<see cref="NewsSearchRequestValidator"/>).</exception>
    /// <exception cref="SearchBudgetExceededException">The search ran past <see cref="NewsSearchLimits.SearchBudget"/> (see <see cref="Search(NewsSearchRequest, CancellationToken)"/> for the other stops).</exception>
    public NewsFacetedResponse SearchWithFacets(NewsSearchRequest request, IReadOnlyList<string> facets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<string> facetFields = NewsFacets.Fields(facets);
        var stopwatch = Stopwatch.StartNew();
        Validate(request);

        using var run = new SearchRun(Limits, cancellationToken);
        try
        {
            return RunFaceted(request, facetFields, run, stopwatch);
        }
        catch (Exception e) when (run.Translate(e) is { } translated)
        {
            throw translated;
        }
    }

    private NewsFacetedResponse RunFaceted(NewsSearchRequest request, IReadOnlyList<string> facetFields, SearchRun run, Stopwatch stopwatch)
    {
        (int first, int n, HitPosition? after) = PageOf(request);
        (Query baseQuery, EngineFacetedTopDocs result) = Faceted(request, facetFields, n, after, run);
        NewsSearchResponse response = ToResponse(request, result.TopDocs, first, HighlightOf(request, baseQuery), run, stopwatch);
        return new NewsFacetedResponse(response, result.DrillDown, result.Sideways);
    }

    /// <summary>
    /// Runs <paramref name="request"/>'s query with its filters as drill dimensions: the first <paramref name="n"/>
    /// hits (after <paramref name="after"/>) and <paramref name="facetFields"/> counted drill-down and sideways; also
    /// returns the base query (the request without its dimensions' filters), which is what highlighting marks.
    /// </summary>
    private (Query BaseQuery, EngineFacetedTopDocs Result) Faceted(NewsSearchRequest request, IReadOnlyList<string> facetFields, int n, HitPosition? after, SearchRun run)
    {
        // Exclusions stay in the base query: they are not dimensions, so no count brings an excluded value back.
        NewsSearchRequest unfiltered = request with { Persons = [], Organizations = [], Date = null };
        var dimensions = new List<DrillDimension>();
        Query baseQuery;
        if (request.Language is string language && facetFields.Contains(NewsFields.Language))
        {
            baseQuery = EachInItsLanguage(unfiltered);
            dimensions.Add(DrillDimension.AnyOf(NewsFields.Language, language));
        }
        else
        {
            baseQuery = BuildQuery(unfiltered);
        }

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
            dimensions.Add(new DrillDimension(NewsFacets.Date, DateQueries.For(date), [NewsFields.Year, NewsFields.Month]));
        }

        return (baseQuery, Snapshot.SearchWithFacets(baseQuery, dimensions, facetFields, n, OrderOf(request), after, run.Budget));
    }

    /// <summary>
    /// Returns the disjunction over the languages of the request's query in that language, each restricted to its
    /// language's articles (a clause that cannot match, e.g. only stop words, matches nothing).
    /// </summary>
    private BooleanQuery EachInItsLanguage(NewsSearchRequest unfiltered)
    {
        var either = new BooleanQueryBuilder();
        foreach (string code in AnalyzerRegistry.Languages)
        {
            either.Add(BuildQuery(unfiltered with { Language = code }), Occur.Should);
        }

        return either.Build();
    }
}
