using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.News.Search;

/// <summary>
/// Hands out the searcher of the latest commit, reopening (sharing unchanged segments) when a newer commit
/// appears; a replaced searcher's reader is closed once the last search using it has finished.
/// </summary>
internal sealed class SearcherManager : IDisposable
{
    private readonly IndexDirectory directory;
    private readonly NewsSearchLimits limits;
    private readonly Lock sync = new();
    private Lease? current;
    private bool disposed;

    public SearcherManager(IndexDirectory directory, NewsSearchLimits limits)
    {
        this.directory = directory;
        this.limits = limits;
    }

    /// <summary>Returns a lease on the newest searcher; dispose it when the search is done.</summary>
    public Lease Acquire()
    {
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (current is null)
            {
                current = new Lease(new NewsSearcher(DirectoryReader.Open(directory), limits));
            }
            else if (DirectoryReader.OpenIfChanged(current.Searcher.Reader) is DirectoryReader newer)
            {
                current.Retire();
                current = new Lease(new NewsSearcher(newer, limits));
            }

            current.Enter();
            return current;
        }
    }

    /// <summary>Closes the current reader once searches on it end.</summary>
    public void Dispose()
    {
        lock (sync)
        {
            disposed = true;
            current?.Retire();
            current = null;
        }
    }

    /// <summary>A searcher shared by concurrent searches, closed when retired and no longer used.</summary>
    internal sealed class Lease : IDisposable
    {
        private int users;
        private int retired;

        public Lease(NewsSearcher searcher)
        {
            Searcher = searcher;
            users = 1;
        }

        public NewsSearcher Searcher { get; }

        public void Enter() => Interlocked.Increment(ref users);

        /// <summary>Ends one search's use of the searcher.</summary>
        public void Dispose() => Release();

        public void Retire()
        {
            if (Interlocked.Exchange(ref retired, 1) == 0)
            {
                Release();
            }
        }

        private void Release()
        {
            if (Interlocked.Decrement(ref users) == 0)
            {
                Searcher.Reader.Dispose();
            }
        }
    }
}
