using System.Globalization;

namespace SearchEngine.Server.Cluster;

/// <summary>Checks <see cref="ClusterOptions"/> as part of <see cref="Configuration.SearchOptionsValidator"/>, naming the bad key; nothing when no cluster is set.</summary>
internal static class ClusterOptionsValidator
{
    /// <summary>Adds one message per bad cluster setting to <paramref name="failures"/>.</summary>
    public static void Validate(ClusterOptions options, List<string> failures)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(failures);
        if (!options.Enabled)
        {
            return;
        }

        foreach (string url in options.ServerUrls())
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("nats" or "tls" or "ws" or "wss") || string.IsNullOrEmpty(uri.Host))
            {
                failures.Add($"{ClusterOptions.UrlsKey}: '{url}' is not a NATS server URL; expected nats://HOST:PORT, comma-separated for several.");
            }
        }

        if (options.Role is not (ClusterOptions.SearchRole or ClusterOptions.IndexerRole or ClusterOptions.BothRole))
        {
            failures.Add($"{ClusterOptions.Section}:Role '{options.Role}' is not a role; expected search, indexer or both.");
        }

        CheckName(failures, "NodeName", options.NodeName, allowDots: true);
        CheckName(failures, "Stream", options.Stream, allowDots: false);
        CheckName(failures, "Consumer", options.Consumer, allowDots: false);
        CheckName(failures, "ManifestBucket", options.ManifestBucket, allowDots: false);
        CheckName(failures, "ManifestKey", options.ManifestKey, allowDots: true);
        CheckName(failures, "LeaseBucket", options.LeaseBucket, allowDots: false);
        CheckName(failures, "ObjectStore", options.ObjectStore, allowDots: false);
        if (string.IsNullOrWhiteSpace(options.Subject) || options.Subject.Any(static c => char.IsWhiteSpace(c) || c is '*' or '>') || options.Subject.Split('.').Any(string.IsNullOrEmpty))
        {
            failures.Add($"{ClusterOptions.Section}:Subject '{options.Subject}' is not a NATS subject; expected dot-separated tokens without spaces or wildcards, such as news.articles.");
        }

        CheckRange(failures, "Replicas", options.Replicas, 1, 5);
        CheckRange(failures, "BatchSize", options.BatchSize, 1, 100_000);
        CheckDuration(failures, "BatchWait", options.BatchWait, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        CheckDuration(failures, "LeaseTtl", options.LeaseTtl, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        CheckDuration(failures, "PublishTimeout", options.PublishTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5));
        CheckDuration(failures, "StartTimeout", options.StartTimeout, TimeSpan.Zero, TimeSpan.FromHours(1));
        CheckDuration(failures, "UnusedFileRetention", options.UnusedFileRetention, TimeSpan.Zero, TimeSpan.FromDays(30));
    }

    /// <summary>Names of streams, buckets and consumers: letters, digits, <c>-</c> and <c>_</c> (and dots where NATS allows them).</summary>
    private static void CheckName(List<string> failures, string key, string? value, bool allowDots)
    {
        if (string.IsNullOrEmpty(value) || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (allowDots && c == '.')))
        {
            string allowed = allowDots ? "letters, digits, '-', '_' and '.'" : "letters, digits, '-' and '_'";
            failures.Add($"{ClusterOptions.Section}:{key} '{value}' is not a valid name; expected {allowed}.");
        }
    }

    private static void CheckRange(List<string> failures, string key, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{ClusterOptions.Section}:{key} must be between {min} and {max}; it is {value}."));
        }
    }

    private static void CheckDuration(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{ClusterOptions.Section}:{key} must be between {min} and {max} (hh:mm:ss); it is {value}."));
        }
    }
}
