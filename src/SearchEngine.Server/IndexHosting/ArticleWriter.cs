using System.Threading.Channels;
using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;

namespace SearchEngine.Server.IndexHosting;

/// <summary>
/// Applies the API's writes: changes queue up, and one loop applies all that are waiting with one commit (a group
/// commit), then swaps in the new snapshot, so a search made after a write returns sees it.
/// </summary>
/// <remarks>
/// The writer is opened per batch and closed after its commit: the index's write lock is held only for that
/// moment, so <c>searchctl add</c> or <c>rebuild</c> can write the same folder while the server runs. A batch that
/// finds the lock taken fails with <see cref="IndexBusyException"/> (503).
/// </remarks>
internal sealed partial class ArticleWriter(NewsIndex served, ILogger<ArticleWriter> logger) : BackgroundService
{
    private const int MaxBatch = 1_000;
    private readonly Channel<PendingChange> queue = Channel.CreateUnbounded<PendingChange>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Adds <paramref name="article"/> (replacing one with the same id) and returns the commit generation that shows it.</summary>
    public Task<long> PutAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        return EnqueueAsync(new PendingChange([article], null), cancellationToken);
    }

    /// <summary>
    /// Adds <paramref name="articles"/> in their order (a later one replacing an earlier with the same id), all in the
    /// same commit however many they are, and returns its generation.
    /// </summary>
    public Task<long> PutManyAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return EnqueueAsync(new PendingChange(articles, null), cancellationToken);
    }

    /// <summary>Deletes the article <paramref name="id"/> and returns the commit generation without it.</summary>
    public Task<long> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return EnqueueAsync(new PendingChange([], id), cancellationToken);
    }

    /// <summary>Applies queued changes in batches until the server stops; changes queued before the stop are still applied.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The web server has stopped taking requests before this is cancelled; what is queued still commits.
        using CancellationTokenRegistration stop = stoppingToken.Register(() => queue.Writer.TryComplete());
        var batch = new List<PendingChange>();
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            // Counted in documents; one change (a bulk request) always goes whole into one commit, however large.
            batch.Clear();
            int documents = 0;
            while (documents < MaxBatch && queue.Reader.TryRead(out PendingChange? change))
            {
                batch.Add(change);
                documents += change.Size;
            }

            Apply(batch);
        }
    }

    private Task<long> EnqueueAsync(PendingChange change, CancellationToken cancellationToken)
    {
        if (!queue.Writer.TryWrite(change))
        {
            throw new IndexBusyException("The server is stopping; the change was not applied.");
        }

        // A client that gives up does not undo its change; it only stops waiting for the commit.
        return change.Committed.Task.WaitAsync(cancellationToken);
    }

    private void Apply(List<PendingChange> batch)
    {
        long generation;
        try
        {
            using (NewsIndex index = NewsIndex.Open(served.Path))
            {
                foreach (PendingChange change in batch)
                {
                    if (change.DeleteId is string id)
                    {
                        index.Delete(id);
                    }
                    else
                    {
                        foreach (Article article in change.Puts)
                        {
                            index.Add(article);
                        }
                    }
                }

                generation = index.Commit().Generation;
            }
        }
        catch (IndexLockedException ex)
        {
            // The lock's message names the folder and the holder (pid, host): logged by the handler, never sent.
            Fail(batch, new IndexBusyException("Another process holds the index's write lock.", ex));
            return;
        }
        catch (Exception ex)
        {
            // Any failure belongs to the requests that asked for this batch; the loop must go on for later ones.
            LogBatchFailed(logger, ex, batch.Count);
            Fail(batch, ex);
            return;
        }

        LogCommitted(logger, batch.Count, generation);
        try
        {
            served.Refresh();
        }
        catch (Exception ex)
        {
            // The commit stands; the poller swaps it in at its next tick.
            LogRefreshFailed(logger, ex, generation);
        }

        foreach (PendingChange change in batch)
        {
            change.Committed.TrySetResult(generation);
        }
    }

    private static void Fail(List<PendingChange> batch, Exception exception)
    {
        foreach (PendingChange change in batch)
        {
            change.Committed.TrySetException(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Committed {Changes} change(s) from the API as generation {Generation}")]
    private static partial void LogCommitted(ILogger logger, int changes, long generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Committed generation {Generation} but could not open it yet; the poller retries")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, long generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not apply {Changes} change(s) from the API")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int changes);
}
