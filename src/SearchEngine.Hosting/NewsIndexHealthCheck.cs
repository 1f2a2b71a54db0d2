using Microsoft.Extensions.Diagnostics.HealthChecks;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.Hosting;

/// <summary>
/// Healthy while a commit of the index is open for searches, with the engine, commit generation and article count
/// as data; unhealthy before the first commit exists and after the index is closed.
/// </summary>
internal sealed class NewsIndexHealthCheck(NewsIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        NewsSearcherLease lease;
        try
        {
            lease = index.AcquireSearcher();
        }
        catch (Exception ex) when (ex is IndexNotFoundException or ObjectDisposedException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The index is not open: " + ex.Message));
        }

        using (lease)
        {
            NewsSearcher searcher = lease.Searcher;
            var data = new Dictionary<string, object>
            {
                ["engine"] = index.Engine,
                ["generation"] = searcher.Generation,
                ["documents"] = searcher.Documents,
                ["segments"] = searcher.Segments,
                ["openedAt"] = lease.OpenedAt,
            };
            return Task.FromResult(HealthCheckResult.Healthy($"Serving commit generation {searcher.Generation} ({searcher.Documents} articles).", data));
        }
    }
}
