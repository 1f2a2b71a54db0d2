using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchEngine.News.Indexing;
using SearchEngine.News.QueryParsing;
using SearchEngine.News.Search;
using SearchEngine.Server.Configuration;
using SearchEngine.Server.Hosting;
using SearchEngine.Server.IndexHosting;

namespace SearchEngine.Server.Search;

/// <summary><c>GET /api/search</c>: a page of hits with drill-sideways facet counts.</summary>
internal static class SearchEndpoints
{
    /// <summary>Maps the search endpoint, rate limited per client and counted as a search (<see cref="RateLimiting.RequireSearchLimits"/>).</summary>
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").RequireSearchLimits().WithTags("Search");
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithDescription("A page of hits in relevance or date order, the total, the cursor of the next page (next, for after), and facet counts (date as years with months, person, organization, lang), each counted under every filter but its own. A bad parameter or a query that does not parse is a 400 problem naming the parameter.");
        return app;
    }

    /// <summary>Searches the articles: a page of hits, the total and the facet counts.</summary>
    internal static Results<Ok<SearchResponse>, ValidationProblem> Search(
        [AsParameters] SearchParameters parameters,
        NewsIndex index,
        IOptions<SearchOptions> options,
        CancellationToken cancellationToken)
    {
        long started = Stopwatch.GetTimestamp();
        if (!SearchRequestBinder.TryBind(parameters, options.Value, out NewsSearchRequest? request, out Dictionary<string, string[]> errors))
        {
            return TypedResults.ValidationProblem(errors, title: "The search parameters are not valid.");
        }

        NewsSearchResponse page;
        SearchFacets facets;
        using (NewsSearcherLease lease = index.AcquireSearcher())
        {
            try
            {
                (page, facets) = FacetedSearch.Run(lease.Searcher, request, options.Value.FacetValues, cancellationToken);
            }
            catch (QueryParseException ex)
            {
                return SearchProblems.Query(ex);
            }
            catch (InvalidSearchRequestException ex)
            {
                // Found only while searching, such as a prefix or range over Search:MaxTermExpansions terms.
                return SearchProblems.Limit(ex);
            }
        }

        double tookMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2);
        SearchHit[] hits = [.. page.Hits.Select(HitMapper.ToSearchHit)];
        return TypedResults.Ok(new SearchResponse(request.Query, page.Total, tookMs, request.Page, request.Size, page.NextCursor, hits, facets));
    }
}
