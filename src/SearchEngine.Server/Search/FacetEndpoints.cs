using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.QueryParsing;
using SearchEngine.News.Search;
using SearchEngine.Server.Configuration;
using SearchEngine.Server.Hosting;
using SearchEngine.Server.IndexHosting;

namespace SearchEngine.Server.Search;

/// <summary>
/// <c>GET /api/facets/{facet}?prefix=</c>: the type-ahead of the person and organization filter boxes, and their
/// "show more"; with a search's query and filters, the counts are within that search.
/// </summary>
internal static class FacetEndpoints
{
    /// <summary>The number of values returned when the client asks for no particular number.</summary>
    public const int DefaultLimit = 10;

    /// <summary>The most values one request may ask for.</summary>
    public const int MaxLimit = 100;

    /// <summary>Maps the facet value search, rate limited per client and counted as a search (<see cref="RateLimiting.RequireSearchLimits"/>).</summary>
    public static IEndpointRouteBuilder MapFacetEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").RequireSearchLimits().WithTags("Search");
        api.MapGet("/facets/{facet}", FindValues)
            .WithName("FindFacetValues")
            .WithDescription("Values of the person or organization facet whose start, or the start of any word in them, matches the prefix, ignoring case and diacritics (schl finds Schlüter), with the number of articles that have each, most frequent first; an empty prefix lists the most frequent values. "
                + "With any of the search's parameters (q, lang, person, organization, notperson, notorganization, date, from, to) the counts are within that search, drill-sideways: the facet's own selected values are left out, every other filter and exclusion applies. Without them, over every article.");
        return app;
    }

    /// <summary>Finds the values of the person or organization facet that match a prefix, with their article counts.</summary>
    internal static Results<Ok<FacetValuesResponse>, ValidationProblem> FindValues(
        string facet,
        [FromQuery] string? prefix,
        [FromQuery] string? limit,
        [AsParameters] SearchFilterParameters search,
        NewsIndex index,
        IOptions<SearchOptions> options,
        CancellationToken cancellationToken)
    {
        SearchRequestBinder.TryBindFilters(search, options.Value, out NewsSearchRequest? within, out Dictionary<string, string[]> errors);
        if (!NewsFacets.Searchable.Contains(facet, StringComparer.Ordinal))
        {
            errors["facet"] = [$"Values can be searched in the facets {string.Join(" and ", NewsFacets.Searchable)}, not '{ProblemText.Shorten(facet)}'."];
        }

        prefix ??= string.Empty;
        if (prefix.Length > options.Value.MaxQueryLength)
        {
            errors["prefix"] = [$"prefix is {prefix.Length} characters long; at most {options.Value.MaxQueryLength} are accepted."];
        }

        int count = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit)
            && !(int.TryParse(limit.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out count) && count >= 1 && count <= MaxLimit))
        {
            errors["limit"] = [$"limit '{ProblemText.Shorten(limit)}' is not a whole number from 1 to {MaxLimit}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The facet search parameters are not valid.");
        }

        // A client that goes away stops the value search at the next label.
        IReadOnlyList<LabelAndCount> found;
        using (NewsSearcherLease lease = index.AcquireSearcher())
        {
            try
            {
                found = within is null
                    ? lease.Searcher.FindFacetValues(facet, prefix, count, cancellationToken)
                    : lease.Searcher.FindFacetValues(facet, prefix, count, within, cancellationToken);
            }
            catch (QueryParseException ex)
            {
                return SearchProblems.Query(ex);
            }
            catch (InvalidSearchRequestException ex)
            {
                return SearchProblems.Limit(ex);
            }
        }

        return TypedResults.Ok(new FacetValuesResponse(facet, prefix, [.. found.Select(static v => new FacetValue(v.Label, v.Count))]));
    }
}
