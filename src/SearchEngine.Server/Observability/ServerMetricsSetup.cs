using Microsoft.Extensions.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Observability;

/// <summary>
/// The server's metrics through OpenTelemetry, served at <see cref="Path"/> in Prometheus text: ASP.NET Core's request
/// metrics (<c>http.server.request.duration</c> per endpoint template, <c>http.route</c>) and the server's own
/// (<see cref="ServerMetrics"/>). Off with <c>Search:Metrics:Enabled=false</c>: nothing collected, no endpoint.
/// </summary>
/// <remarks>
/// <c>/metrics</c> is outside the API: no key, not under the rate limiter (no policy, and not a search), and not counted
/// in the request metrics it serves. It is answered on the server's own port, to anyone who reaches it: what it shows
/// (request counts and latencies per endpoint, index size) is not secret, but a public deployment keeps it for its
/// monitoring, at the proxy, or turns it off.
/// </remarks>
internal static class ServerMetricsSetup
{
    /// <summary>The path of the scraping endpoint.</summary>
    public const string Path = "/metrics";

    /// <summary>
    /// ASP.NET Core's meters the server reports: requests (<c>http.server.request.duration</c>, per endpoint template in
    /// <c>http.route</c>, and <c>http.server.active_requests</c>), route matching, unhandled exceptions, the rate
    /// limiter's leases and rejections, Kestrel's connections, and its memory pool.
    /// </summary>
    private static readonly string[] AspNetCoreMeters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.MemoryPool",
    ];

    /// <summary>Registers the meter provider, its instruments and the Prometheus exporter, when metrics are enabled.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException"><c>Search:Metrics:Enabled</c> is not true or false.</exception>
    public static WebApplicationBuilder AddServerMetrics(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!SearchMetricsOptions.IsEnabled(builder.Configuration))
        {
            return builder;
        }

        // The host's own meters only (MeterScope.Local: those made by its IMeterFactory, as ASP.NET Core's and the
        // server's are), never a meter of the same name in another host of the process.
        builder.Services.AddMetrics(static metrics =>
        {
            foreach (string meter in (string[])[.. AspNetCoreMeters, ServerMetrics.MeterName])
            {
                metrics.EnableMetrics(meter, instrumentName: null, listenerName: null, scopes: MeterScope.Local);
            }
        });
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(static resource => resource.AddService("SearchEngine.Server"))
            .WithMetrics(static metrics => metrics
                // Made with the meter provider, which mapping the endpoint builds; its meter is the host's, disposed with it.
                .AddInstrumentation(static provider => ActivatorUtilities.CreateInstance<ServerMetrics>(provider))

                // Each scrape collects afresh: a scrape costs microseconds here, and a cached answer would show a test
                // (or an operator) figures older than the request just made.
                .AddPrometheusExporter(static prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }

    /// <summary>Maps <see cref="Path"/> when metrics are enabled.</summary>
    public static WebApplication MapServerMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (SearchMetricsOptions.IsEnabled(app.Configuration))
        {
            app.MapPrometheusScrapingEndpoint(Path).DisableHttpMetrics();
        }

        return app;
    }
}
