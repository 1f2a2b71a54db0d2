using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SearchEngine.Hosting;
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

    /// <summary>Reports the commit being served and its article count, from the hosting package's index health check; 503 while the index is not open.</summary>
    internal static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> Check(HealthCheckService health, IOptions<SearchOptions> options, CancellationToken cancellationToken)
    {
        HealthReport report = await health.CheckHealthAsync(static check => check.Name == NewsSearchServiceCollectionExtensions.HealthCheckName, cancellationToken).ConfigureAwait(false);
        if (!report.Entries.TryGetValue(NewsSearchServiceCollectionExtensions.HealthCheckName, out HealthReportEntry entry) || entry.Status != HealthStatus.Healthy)
        {
            // Starting (the first build has not committed yet) or stopping.
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The index is not open.");
        }

        bool writes = !string.IsNullOrEmpty(options.Value.ApiKey);
        return TypedResults.Ok(new HealthResponse(
            "ok",
            (string)entry.Data["engine"],
            (long)entry.Data["generation"],
            (int)entry.Data["documents"],
            (int)entry.Data["segments"],
            (DateTimeOffset)entry.Data["openedAt"],
            writes));
    }
}
