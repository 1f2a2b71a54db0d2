using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter over the API, two limits chained: a fixed window of
/// <see cref="SearchOptions.RateLimitPermits"/> requests per client address (over it: 429), and, for the search
/// endpoints, at most <see cref="SearchOptions.MaxConcurrentSearches"/> searches running at once over all clients
/// with <see cref="SearchOptions.SearchQueueLength"/> waiting (beyond: 503). Both answer problem+json with
/// <c>Retry-After</c>; <c>/healthz</c> and the front end's files are under neither.
/// </summary>
/// <remarks>
/// Broad searches (a prefix <c>*</c> or a range in <c>q</c>), the costly kind, run in a lane of their own with half
/// the slots and its own queue: a flood of them is refused there and never takes the slots or the queue places of
/// ordinary searches, which keep answering (docs/PERFORMANCE.md has the figures under such a flood).
/// </remarks>
internal static class RateLimiting
{
    /// <summary>The policy the API endpoints require.</summary>
    public const string PerClientPolicy = "per-client";

    /// <summary>The seconds a client is asked to wait when the server runs as many searches as it allows.</summary>
    public const int AtCapacityRetrySeconds = 1;

    /// <summary>Registers the limiter: the per-client policy and the global search concurrency limit.</summary>
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(PerClientPolicy, PerClient);
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(SearchConcurrency);
        });
        services.AddHostedService<SearchThreadReservation>();
        return services;
    }

    /// <summary>Puts the endpoints under the per-client limit and, as searches, under the server-wide concurrency limit (declaring its 503).</summary>
    public static RouteGroupBuilder RequireSearchLimits(this RouteGroupBuilder builder) =>
        builder.RequireRateLimiting(PerClientPolicy)
            .WithMetadata(SearchEndpointMarker.Instance)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static RateLimitPartition<string> PerClient(HttpContext context)
    {
        SearchOptions options = context.RequestServices.GetRequiredService<IOptions<SearchOptions>>().Value;

        // The connection's address, or behind a proxy in Search:TrustedProxies the client it names (TrustedProxies).
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

    /// <summary>Two partitions of the search endpoints, ordinary and broad searches, each with its limiter; everything else passes unlimited.</summary>
    private static RateLimitPartition<string> SearchConcurrency(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SearchEndpointMarker>() is null)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        SearchOptions options = context.RequestServices.GetRequiredService<IOptions<SearchOptions>>().Value;
        bool broad = IsBroad(context.Request.Query["q"].ToString());
        return RateLimitPartition.Get(broad ? "broad" : "search", _ => new SearchConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = broad ? BroadSearchSlots(options) : options.MaxConcurrentSearches,
            QueueLimit = options.SearchQueueLength,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
    }

    /// <summary>Returns the slots of the broad searches' lane: half the search slots, at least one.</summary>
    internal static int BroadSearchSlots(SearchOptions options) => Math.Max(1, options.MaxConcurrentSearches / 2);

    /// <summary>Tells whether the query text asks for a prefix or a range, which expand to many terms (a cheap look at the text, before parsing).</summary>
    internal static bool IsBroad(string query) =>
        query.Contains('*', StringComparison.Ordinal) || query.Contains('[', StringComparison.Ordinal) || query.Contains('{', StringComparison.Ordinal);

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        HttpContext http = context.HttpContext;
        int status;
        string title;
        string detail;
        if (SearchConcurrencyLimiter.IsRefusal(context.Lease))
        {
            status = StatusCodes.Status503ServiceUnavailable;
            title = "The server is busy.";
            detail = "The server is running as many searches as it allows (Search:MaxConcurrentSearches) and no more may wait; retry after the time in Retry-After.";
            http.Response.Headers.RetryAfter = AtCapacityRetrySeconds.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            status = StatusCodes.Status429TooManyRequests;
            title = "Too many requests.";
            detail = "This client has made more requests than the server allows per window; retry after the time in Retry-After.";
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter))
            {
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }
        }

        http.Response.StatusCode = status;
        IProblemDetailsService problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }

    /// <summary>Endpoint metadata marking a search endpoint, one the concurrency limit applies to.</summary>
    private sealed class SearchEndpointMarker
    {
        public static readonly SearchEndpointMarker Instance = new();
    }
}
