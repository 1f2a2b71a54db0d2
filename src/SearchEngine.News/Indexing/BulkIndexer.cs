using System.Diagnostics;
using System.Threading.Channels;
using SearchEngine.News.Articles;

namespace SearchEngine.News.Indexing;

/// <summary>
/// Adds a stream of articles to a news index on several threads: one thread reads and parses, the others
/// analyze and index; commits at the end (and every <see cref="BulkIndexOptions.CommitEvery"/> articles).
/// </summary>
public static class BulkIndexer
{
    /// <summary>
    /// Adds every article of <paramref name="records"/> (upsert by id: of two with one id the later stays, and the
    /// result counts and names such repeats), skipping malformed ones, and commits.
    /// </summary>
    /// <exception cref="ArticleFormatException">A record was malformed and the reader runs in strict mode; nothing of this run is committed.</exception>
    public static BulkIndexResult Run(NewsIndex index, IEnumerable<ArticleReadResult> records, BulkIndexOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(records);
        options ??= new BulkIndexOptions();
        int threads = Math.Max(1, options.Threads);
        var stopwatch = Stopwatch.StartNew();
        // A channel rather than a BlockingCollection: its waits block without spinning, which on a 2-core
        // machine would take the CPU from an indexing thread.
        Channel<Article> queue = Channel.CreateBounded<Article>(new BoundedChannelOptions(threads * 256)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        long added = 0;
        long skipped = 0;
        var duplicates = new DuplicateIdTracker();
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
                        while (queue.Reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
                        {
                            if (!queue.Reader.TryRead(out Article? article))
                            {
                                continue;
                            }

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
                        queue.Writer.TryComplete();
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
                    // A repeat replaces the earlier article (upsert by id); the run reports it rather than losing it silently.
                    duplicates.Add(article.Id, record.Path, record.Line);

                    // A failed worker completes the queue; stop reading then and report its failure below.
                    if (!Enqueue(queue.Writer, article, cancellationToken))
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
            queue.Writer.TryComplete();
            Task.WaitAll(workers, CancellationToken.None);
        }

        if (failure is not null)
        {
            throw new IOException($"Indexing failed after {added} articles: {failure.Message}", failure);
        }

        NewsCommit commit;
        lock (commitLock)
        {
            commit = index.Commit();
        }

        options.OnCommit?.Invoke(commit);
        return new BulkIndexResult(added, skipped, commit, stopwatch.Elapsed) { Duplicates = duplicates.Count, FirstDuplicates = duplicates.First };
    }

    private static bool Enqueue(ChannelWriter<Article> writer, Article article, CancellationToken cancellationToken)
    {
        while (!writer.TryWrite(article))
        {
            if (!writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                return false;
            }
        }

        return true;
    }
}
