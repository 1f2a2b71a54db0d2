using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;
using SearchEngine.Server.Configuration;
using SearchEngine.Server.Hosting;
using SearchEngine.Server.IndexHosting;

namespace SearchEngine.Server.Search;

/// <summary><c>GET /api/facets/{facet}?prefix=</c>: the type-ahead of the person and organization filter boxes.</summary>
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
            .WithDescription("Values of the person or organization facet whose start, or the start of any word in them, matches the prefix, ignoring case and diacritics (schl finds Schlüter), with the number of articles that have each, most frequent first.");
        return app;
    }

    /// <summary>Finds the values of the person or organization facet that match a prefix, with their article counts.</summary>
    internal static Results<Ok<FacetValuesResponse>, ValidationProblem> FindValues(
        string facet,
        [FromQuery] string? prefix,
        [FromQuery] string? limit,
        NewsIndex index,
        IOptions<SearchOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
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
            found = lease.Searcher.FindFacetValues(facet, prefix, count, cancellationToken);
        }

        return TypedResults.Ok(new FacetValuesResponse(facet, prefix, [.. found.Select(static v => new FacetValue(v.Label, v.Count))]));
    }
}
