using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter over the API: a fixed window of <see cref="SearchOptions.RateLimitPermits"/> requests
/// per client address; a request over it gets 429 as problem+json with <c>Retry-After</c>.
/// </summary>
internal static class RateLimiting
{
    /// <summary>The policy the API endpoints require.</summary>
    public const string PerClientPolicy = "per-client";

    /// <summary>Registers the limiter and its policy.</summary>
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(PerClientPolicy, Partition);
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        SearchOptions options = context.RequestServices.GetRequiredService<IOptions<SearchOptions>>().Value;

        // Behind a reverse proxy every client shares the proxy's address; configure forwarded headers there.
        string client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (options.RateLimitPermits == 0)
        {
            return RateLimitPartition.GetNoLimiter(client);
        }

        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.RateLimitPermits,
            Window = options.RateLimitWindow,
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        HttpContext http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        IProblemDetailsService problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = "This client has made more requests than the server allows per window; retry after the time in Retry-After.",
            },
        }).ConfigureAwait(false);
    }
}
