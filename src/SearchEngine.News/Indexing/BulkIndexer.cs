using System.Collections.Concurrent;
using System.Diagnostics;
using SearchEngine.Core.Index;
using SearchEngine.News.Articles;

namespace SearchEngine.News.Indexing;

/// <summary>
/// Adds a stream of articles to a news index on several threads: one thread reads and parses, the others
/// analyze and index; commits at the end (and every <see cref="BulkIndexOptions.CommitEvery"/> articles).
/// </summary>
public static class BulkIndexer
{
    /// <summary>Adds every article of <paramref name="records"/> (upsert by id), skipping malformed ones, and commits.</summary>
    /// <exception cref="ArticleFormatException">A record was malformed and the reader runs in strict mode; nothing of this run is committed.</exception>
    public static BulkIndexResult Run(NewsIndex index, IEnumerable<ArticleReadResult> records, BulkIndexOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(records);
        options ??= new BulkIndexOptions();
        int threads = Math.Max(1, options.Threads);
        var stopwatch = Stopwatch.StartNew();
        using var queue = new BlockingCollection<Article>(boundedCapacity: threads * 64);
        long added = 0;
        long skipped = 0;
        var commitLock = new Lock();
        Exception? failure = null;

        var workers = new Task[threads];
        for (int t = 0; t < threads; t++)
        {
            workers[t] = Task.Factory.StartNew(
                () =>
                {
                    try
                    {
                        foreach (Article article in queue.GetConsumingEnumerable(cancellationToken))
                        {
                            index.Add(article);
                            long count = Interlocked.Increment(ref added);
                            if ((count & 255) == 0)
                            {
                                options.OnProgress?.Invoke(count);
                            }

                            if (options.CommitEvery > 0 && count % options.CommitEvery == 0)
                            {
                                lock (commitLock)
                                {
                                    options.OnCommit?.Invoke(index.Commit());
                                }
                            }
                        }
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        Interlocked.CompareExchange(ref failure, ex, null);
                        queue.CompleteAdding();
                    }
                },
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        try
        {
            foreach (ArticleReadResult record in records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (record.Article is Article article)
                {
                    // A failed worker completes the queue; stop reading then and report its failure below.
                    if (queue.IsAddingCompleted || !TryEnqueue(queue, article, cancellationToken))
                    {
                        break;
                    }
                }
                else
                {
                    skipped++;
                    options.OnSkipped?.Invoke(record.Error!);
                }
            }
        }
        finally
        {
            queue.CompleteAdding();
            Task.WaitAll(workers, CancellationToken.None);
        }

        if (failure is not null)
        {
            throw new IOException($"Indexing failed after {added} articles: {failure.Message}", failure);
        }

        CommitPoint commit;
        lock (commitLock)
        {
            commit = index.Commit();
        }

        options.OnCommit?.Invoke(commit);
        return new BulkIndexResult(added, skipped, commit, stopwatch.Elapsed);
    }

    private static bool TryEnqueue(BlockingCollection<Article> queue, Article article, CancellationToken cancellationToken)
    {
        try
        {
            queue.Add(article, cancellationToken);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
