using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchEngine.Server.Configuration;
using SearchEngine.Server.IndexHosting;

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
    internal static Results<Ok<HealthResponse>, ProblemHttpResult> Check(IndexSnapshots snapshots, IOptions<SearchOptions> options)
    {
        if (!snapshots.TryAcquire(out SnapshotLease lease))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The index is not open.");
        }

        using (lease)
        {
            IndexSnapshot snapshot = lease.Snapshot;
            bool writes = !string.IsNullOrEmpty(options.Value.ApiKey);
            return TypedResults.Ok(new HealthResponse("ok", snapshot.Generation, snapshot.Documents, snapshot.Segments, snapshot.OpenedAt, writes));
        }
    }
}
