using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SearchEngine.Hosting;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Health;

/// <summary>
/// The health endpoints, for probes and load balancers, none rate limited: <c>GET /healthz</c> (whether the server is
/// serving, and which commit), <c>GET /healthz/live</c> (the process answers) and <c>GET /healthz/ready</c> (it is
/// ready for requests).
/// </summary>
/// <remarks>
/// The two probes run ASP.NET Core's health checks by tag: <c>live</c> the checks tagged <see cref="LiveTag"/> (none
/// yet, so it is 200 while the process runs), <c>ready</c> those tagged <see cref="ReadyTag"/> (the index's, open on a
/// commit). Another condition of readiness is one more health check registered with that tag, not a change here.
/// </remarks>
internal static class HealthEndpoints
{
    /// <summary>The tag of the health checks the liveness probe runs.</summary>
    public const string LiveTag = "live";

    /// <summary>The tag of the health checks the readiness probe runs, the hosting package's (<see cref="NewsSearchServiceCollectionExtensions.ReadyTag"/>).</summary>
    public const string ReadyTag = NewsSearchServiceCollectionExtensions.ReadyTag;

    /// <summary>Maps the health endpoints.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", Check)
            .WithName("Health")
            .WithTags("Health")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/healthz/live", static (HealthCheckService health, CancellationToken cancellationToken) => ProbeAsync(health, LiveTag, cancellationToken))
            .WithName("Liveness")
            .WithTags("Health")
            .Produces<ProbeResponse>()
            .Produces<ProbeResponse>(StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/healthz/ready", static (HealthCheckService health, CancellationToken cancellationToken) => ProbeAsync(health, ReadyTag, cancellationToken))
            .WithName("Readiness")
            .WithTags("Health")
            .Produces<ProbeResponse>()
            .Produces<ProbeResponse>(StatusCodes.Status503ServiceUnavailable);
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

    /// <summary>
    /// Runs the checks tagged <paramref name="tag"/>: 200 when none is unhealthy (a degraded one still serves), else
    /// 503. Only names and statuses are sent: a check's description may name a folder or a host.
    /// </summary>
    internal static async Task<JsonHttpResult<ProbeResponse>> ProbeAsync(HealthCheckService health, string tag, CancellationToken cancellationToken)
    {
        HealthReport report = await health.CheckHealthAsync(check => check.Tags.Contains(tag), cancellationToken).ConfigureAwait(false);
        var checks = report.Entries.ToDictionary(static entry => entry.Key, static entry => Name(entry.Value.Status), StringComparer.Ordinal);
        bool up = report.Status != HealthStatus.Unhealthy;
        return TypedResults.Json(
            new ProbeResponse(Name(report.Status), checks),
            statusCode: up ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static string Name(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "ok",
        HealthStatus.Degraded => "degraded",
        _ => "unavailable",
    };
}
