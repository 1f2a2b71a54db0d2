using System.Globalization;
using Microsoft.Extensions.Options;
using SearchEngine.News.Engines;
using SearchEngine.Server.Cluster;
using SearchEngine.Server.Hosting;
using SearchEngine.Server.IndexHosting;

namespace SearchEngine.Server.Configuration;

/// <summary>
/// Checks <see cref="SearchOptions"/> when the server starts, so a mistyped setting stops it with a message naming
/// the key and the accepted range instead of failing on some later request.
/// </summary>
internal sealed class SearchOptionsValidator : IValidateOptions<SearchOptions>
{
    /// <summary>The shortest API key accepted: a short key is guessed by trying.</summary>
    public const int MinApiKeyLength = 16;

    /// <summary>Returns every problem with <paramref name="options"/>, or success.</summary>
    public ValidateOptionsResult Validate(string? name, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.IndexPath))
        {
            failures.Add("Search:IndexPath must name the index folder.");
        }
        else if (!options.Cluster.Enabled && SampleIndexBuilder.NothingToServe(options) is string nothing)
        {
            failures.Add(nothing);
        }

        if (options.Engine is not null && !NewsEngines.IsKnown(options.Engine))
        {
            failures.Add($"Search:Engine '{options.Engine}' is not an engine; expected one of: {string.Join(", ", NewsEngines.Names)}.");
        }

        if (options.ApiKey is { Length: > 0 } key && (key.Length < MinApiKeyLength || key.Trim().Length != key.Length))
        {
            failures.Add($"Search:ApiKey must be at least {MinApiKeyLength} characters without surrounding spaces (leave it unset to disable writes).");
        }

        CheckRange(failures, "MaxPageSize", options.MaxPageSize, 1, 10_000);
        CheckRange(failures, "MaxResultWindow", options.MaxResultWindow, Math.Max(1, options.MaxPageSize), 1_000_000);
        CheckRange(failures, "MaxQueryLength", options.MaxQueryLength, 1, 100_000);
        CheckRange(failures, "MaxFilterValues", options.MaxFilterValues, 1, 1_000);
        CheckRange(failures, "FacetValues", options.FacetValues, 1, 1_000);
        CheckRange(failures, "MaxRequestBodyBytes", options.MaxRequestBodyBytes, 1_024, 1L << 30);

        // A bulk line is held to the single-article limit; a bulk body smaller than one article would refuse a PUT's worth.
        CheckRange(failures, "MaxBulkBodyBytes", options.MaxBulkBodyBytes, Math.Clamp(options.MaxRequestBodyBytes, 1_024, 1L << 30), 1L << 30);
        CheckRange(failures, "RateLimitPermits", options.RateLimitPermits, 0, 1_000_000);
        CheckRange(failures, "MaxTermExpansions", options.MaxTermExpansions, 1, 1_000_000);
        CheckRange(failures, "SearchBudgetMs", options.SearchBudgetMs, 0, 600_000);
        CheckRange(failures, "MaxConcurrentSearches", options.MaxConcurrentSearches, 1, 10_000);
        CheckRange(failures, "SearchQueueLength", options.SearchQueueLength, 0, 100_000);
        CheckDuration(failures, "RateLimitWindow", options.RateLimitWindow, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1));
        CheckDuration(failures, "RefreshInterval", options.RefreshInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1));
        foreach (string origin in options.AllowedOrigins)
        {
            if (!IsOrigin(origin))
            {
                failures.Add($"Search:AllowedOrigins: '{origin}' is not an origin; expected scheme, host and optional port, such as https://news.example.");
            }
        }

        foreach (string proxy in options.TrustedProxies)
        {
            if (!TrustedProxies.TryParse(proxy, out _))
            {
                failures.Add($"Search:TrustedProxies: '{proxy}' is not an IP address or network; expected an address such as 10.0.0.5 or a CIDR network such as 10.0.0.0/8.");
            }
        }

        // A cluster node starts from what the stream or the indexer gives it, never from the sample articles.
        ClusterOptionsValidator.Validate(options.Cluster, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckRange(List<string> failures, string key, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Search:{key} must be between {min} and {max}; it is {value}."));
        }
    }

    private static void CheckDuration(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Search:{key} must be between {min} and {max} (hh:mm:ss); it is {value}."));
        }
    }

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/"
        && !origin.EndsWith('/')
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment);
}
