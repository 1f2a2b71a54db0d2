using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.Hosting;

/// <summary>
/// Opens the index's latest commit before the host reports started (when the folder has one), then polls the
/// folder for a newer commit, as another process's <c>searchctl rebuild</c>, <c>add</c> or <c>delete</c> makes, and
/// swaps it in for new searches; a failed poll keeps the current snapshot and is retried at the next tick.
/// </summary>
/// <remarks>
/// The index is taken from the services when the service starts, not when it is made: the host makes every hosted
/// service before starting the first, and a service registered before this one (a replica's first install) may have
/// to fill the folder before the index is opened on it.
/// </remarks>
internal sealed partial class NewsIndexRefreshService(IServiceProvider services, IOptions<NewsSearchOptions> options, ILogger<NewsIndexRefreshService> logger) : BackgroundService
{
    private NewsIndex? opened;

    private NewsIndex Index => opened ??= services.GetRequiredService<NewsIndex>();

    /// <summary>Opens the latest commit, if any, before the host goes on starting: the first request finds it open.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (Index.HasCommit)
        {
            Index.Refresh();
            using NewsSearcherLease lease = Index.AcquireSearcher();
            LogOpened(logger, Index.Path, Index.Engine, lease.Searcher.Generation, lease.Searcher.Documents);
        }
        else
        {
            LogNoCommit(logger, Index.Path);
        }

        return base.StartAsync(cancellationToken);
    }

    /// <summary>
    /// Stops polling and closes the index, releasing its write lock for another process. Hosted services stop in
    /// reverse order of registration, so those registered after <c>AddNewsSearch</c> (a writer that commits what it
    /// has queued) have stopped by now; those registered before it find the index closed.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        Index.Dispose();
    }

    /// <summary>Polls for new commits until the host stops.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        string? lastFailure = null;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                lastFailure = Poll(lastFailure);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>Swaps in a newer commit if there is one; returns the failure message to compare the next one with.</summary>
    private string? Poll(string? lastFailure)
    {
        try
        {
            if (!Index.HasCommit)
            {
                return null;
            }

            if (Index.Refresh())
            {
                using NewsSearcherLease lease = Index.AcquireSearcher();
                LogSwapped(logger, lease.Searcher.Generation, lease.Searcher.Documents);
            }

            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The poller must outlive any failure (a half-deleted folder, a damaged commit): the old snapshot keeps
            // serving, and the next tick tries again. A failure that persists is logged once, not every tick.
            if (ex.Message != lastFailure)
            {
                LogRefreshFailed(logger, ex, Index.Path);
            }

            return ex.Message;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the index in {IndexPath} ({Engine} engine): commit generation {Generation}, {Documents} articles")]
    private static partial void LogOpened(ILogger logger, string indexPath, string engine, long generation, int documents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index in {IndexPath} has no commit yet; searches fail until one is made")]
    private static partial void LogNoCommit(ILogger logger, string indexPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Swapped in commit generation {Generation}: {Documents} articles")]
    private static partial void LogSwapped(ILogger logger, long generation, int documents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open the newest commit in {IndexPath}; still serving the previous one")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string indexPath);
}
