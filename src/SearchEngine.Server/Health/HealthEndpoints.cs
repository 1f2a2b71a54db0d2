using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Health;

/// <summary><c>GET /healthz</c>: whether the server is serving, and which commit; not rate limited, for probes.</summary>
internal static class HealthEndpoints
{
    /// <summary>Maps the health endpoint.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", Check)
            .WithName("Health")
            .WithTags("Health")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>Reports the commit being served and its article count; 503 while the index is not open.</summary>
    internal static Results<Ok<HealthResponse>, ProblemHttpResult> Check(NewsIndex index, IOptions<SearchOptions> options)
    {
        NewsSearcherLease lease;
        try
        {
            lease = index.AcquireSearcher();
        }
        catch (Exception ex) when (ex is IndexNotFoundException or ObjectDisposedException)
        {
            // Starting (the first build has not committed yet) or stopping.
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The index is not open.");
        }

        using (lease)
        {
            NewsSearcher searcher = lease.Searcher;
            bool writes = !string.IsNullOrEmpty(options.Value.ApiKey);
            return TypedResults.Ok(new HealthResponse("ok", index.Engine, searcher.Generation, searcher.Documents, searcher.Segments, lease.OpenedAt, writes));
        }
    }
}
