using Microsoft.Extensions.Options;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.IndexHosting;

/// <summary>
/// Opens the index before the server takes requests (building it from the sample on a first start), then polls
/// the folder for a newer commit, as <c>searchctl rebuild</c>, <c>add</c> or <c>delete</c> make from another
/// process, and swaps it in; a failed poll keeps the current snapshot and is retried at the next tick.
/// </summary>
internal sealed partial class IndexRefreshService(
    NewsIndex index,
    SampleIndexBuilder sampleBuilder,
    IOptions<SearchOptions> options,
    ILogger<IndexRefreshService> logger) : BackgroundService
{
    /// <summary>Makes sure an index exists and opens it; the web server starts listening only after this returns.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Building the sample is CPU work of a few seconds at most; off the caller's thread all the same.
        await Task.Run(() => sampleBuilder.EnsureIndex(cancellationToken), cancellationToken).ConfigureAwait(false);
        index.Refresh();
        using (NewsSearcherLease lease = index.AcquireSearcher())
        {
            LogOpened(logger, index.Path, index.Engine, lease.Searcher.Generation, lease.Searcher.Documents);
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops polling and closes the index; the web server has finished its requests by now, and the writer its commits.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        index.Dispose();
    }

    /// <summary>Polls for new commits until the server stops.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        string? lastFailure = null;
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                if (index.Refresh())
                {
                    using NewsSearcherLease lease = index.AcquireSearcher();
                    LogSwapped(logger, lease.Searcher.Generation, lease.Searcher.Documents);
                }

                lastFailure = null;
            }
            catch (Exception ex)
            {
                // The poller must outlive any failure (a half-deleted folder, a damaged commit): the old snapshot
                // keeps serving, and the next tick tries again. A failure that persists is logged once, not every tick.
                if (ex.Message != lastFailure)
                {
                    LogRefreshFailed(logger, ex, index.Path);
                    lastFailure = ex.Message;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the index in {IndexPath} ({Engine} engine): commit generation {Generation}, {Documents} articles")]
    private static partial void LogOpened(ILogger logger, string indexPath, string engine, long generation, int documents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Swapped in commit generation {Generation}: {Documents} articles")]
    private static partial void LogSwapped(ILogger logger, long generation, int documents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open the newest commit in {IndexPath}; still serving the previous one")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string indexPath);
}
