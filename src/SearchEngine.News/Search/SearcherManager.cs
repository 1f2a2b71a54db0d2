using SearchEngine.News.Engines;

namespace SearchEngine.News.Search;

/// <summary>
/// The one reopen mechanism (Lucene's ReferenceManager): holds the searcher of the newest snapshot that
/// <see cref="MaybeRefresh"/> has seen. Searches take it without a lock through a lease and keep it for their whole
/// duration; a refresh opens the newer commit beside it (sharing unchanged segments) and swaps it in, so a reopen
/// never fails or delays a search; a replaced snapshot closes when its last lease ends.
/// </summary>
internal sealed class SearcherManager : IDisposable
{
    private readonly Func<IEngineSnapshot> open;
    private readonly Func<IEngineSnapshot, NewsSearcher> create;
    private readonly Lock refreshLock = new();
    private readonly TaskCompletionSource allClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SharedSearcher? current;
    private bool disposed;
    private int openSnapshots;

    /// <summary>Initializes a manager that opens snapshots with <paramref name="open"/> and wraps them with <paramref name="create"/>; nothing is opened yet.</summary>
    public SearcherManager(Func<IEngineSnapshot> open, Func<IEngineSnapshot, NewsSearcher> create)
    {
        this.open = open;
        this.create = create;
    }

    /// <summary>Returns a lease on the current searcher, opening the latest commit on first use; dispose it when the search is done.</summary>
    /// <exception cref="IndexNotFoundException">The folder holds no commit yet.</exception>
    public NewsSearcherLease Acquire()
    {
        while (true)
        {
            if (Volatile.Read(ref current) is SharedSearcher shared && shared.TryAddReference())
            {
                return new NewsSearcherLease(shared);
            }

            lock (refreshLock)
            {
                ObjectDisposedException.ThrowIf(disposed, this);
                OpenFirstIfNone();
            }

            // Replaced and closed between the read and the reference: the next read finds its successor.
        }
    }

    /// <summary>
    /// Swaps in the folder's latest commit when it is newer than the current one; returns whether it did. Opens the
    /// first snapshot when none is open yet. Concurrent calls wait for each other; searches never wait.
    /// </summary>
    public bool MaybeRefresh()
    {
        lock (refreshLock)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (OpenFirstIfNone())
            {
                return true;
            }

            SharedSearcher old = current!;

            if (old.Searcher.Snapshot.OpenIfChanged() is not IEngineSnapshot newer)
            {
                return false;
            }

            Volatile.Write(ref current, Share(create(newer)));

            // Searches still on the old snapshot hold references; the last of them closes it.
            old.Release();
            return true;
        }
    }

    /// <summary>Opens the folder's latest commit when nothing is open yet; returns whether it did. The caller holds the refresh lock.</summary>
    private bool OpenFirstIfNone()
    {
        if (current is not null)
        {
            return false;
        }

        Volatile.Write(ref current, Share(create(open())));
        return true;
    }

    /// <summary>Gets a task that completes once the manager is disposed and every snapshot it opened is closed: the last search on it has ended.</summary>
    public Task Closed => allClosed.Task;

    private SharedSearcher Share(NewsSearcher searcher)
    {
        Interlocked.Increment(ref openSnapshots);
        return new SharedSearcher(searcher, OnSnapshotClosed);
    }

    private void OnSnapshotClosed()
    {
        if (Interlocked.Decrement(ref openSnapshots) == 0 && Volatile.Read(ref disposed))
        {
            allClosed.TrySetResult();
        }
    }

    /// <summary>Closes the current snapshot once its searches end.</summary>
    public void Dispose()
    {
        lock (refreshLock)
        {
            Volatile.Write(ref disposed, true);
            Interlocked.Exchange(ref current, null)?.Release();
        }

        // Either the last snapshot closed before the flag was set (and left the signal to this check), or it closes
        // after, and its release sees the flag.
        if (Volatile.Read(ref openSnapshots) == 0)
        {
            allClosed.TrySetResult();
        }
    }

    /// <summary>A searcher shared by concurrent searches; its snapshot closes with the last reference.</summary>
    internal sealed class SharedSearcher(NewsSearcher searcher, Action onClosed)
    {
        // One reference belongs to the manager while this is current; each lease adds one.
        private int references = 1;

        public NewsSearcher Searcher { get; } = searcher;

        public DateTimeOffset OpenedAt { get; } = DateTimeOffset.UtcNow;

        /// <summary>Adds a reference unless the snapshot is already closed (replaced, and every user has left).</summary>
        public bool TryAddReference()
        {
            while (true)
            {
                int seen = Volatile.Read(ref references);
                if (seen == 0)
                {
                    return false;
                }

                if (Interlocked.CompareExchange(ref references, seen + 1, seen) == seen)
                {
                    return true;
                }
            }
        }

        /// <summary>Drops a reference, closing the snapshot with the last one.</summary>
        public void Release()
        {
            if (Interlocked.Decrement(ref references) == 0)
            {
                Searcher.Snapshot.Dispose();
                onClosed();
            }
        }
    }
}
