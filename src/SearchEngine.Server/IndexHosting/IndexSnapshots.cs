using Microsoft.Extensions.Options;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.News.Search;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.IndexHosting;

/// <summary>
/// Holds the newest searchable snapshot of the index folder. Requests take it without a lock and keep it for their
/// whole duration; <see cref="Refresh"/> (the background poller, and the server after its own writes) opens a newer
/// commit beside it, sharing unchanged segments, and swaps it in, so a reopen never fails or delays a request.
/// </summary>
internal sealed class IndexSnapshots : IDisposable
{
    private readonly Lock refreshLock = new();
    private readonly NewsSearchLimits limits;
    private FileSystemDirectory? directory;
    private IndexSnapshot? current;
    private bool disposed;

    /// <summary>Initializes the holder for the configured index folder; <see cref="Open"/> opens it.</summary>
    public IndexSnapshots(IOptions<SearchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SearchOptions settings = options.Value;
        IndexPath = Path.GetFullPath(settings.IndexPath);
        limits = new NewsSearchLimits
        {
            MaxPageSize = settings.MaxPageSize,
            MaxResultWindow = settings.MaxResultWindow,
            MaxQueryLength = settings.MaxQueryLength,
        };
    }

    /// <summary>Gets the absolute path of the index folder.</summary>
    public string IndexPath { get; }

    /// <summary>Opens the latest commit of the index folder; throws <see cref="IndexNotFoundException"/> when it has none.</summary>
    public IndexSnapshot Open()
    {
        lock (refreshLock)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            directory ??= new FileSystemDirectory(IndexPath);
            var snapshot = new IndexSnapshot(new NewsSearcher(DirectoryReader.Open(directory), limits));
            IndexSnapshot? previous = Interlocked.Exchange(ref current, snapshot);
            previous?.Release();
            return snapshot;
        }
    }

    /// <summary>Returns a lease on the newest snapshot; dispose it when the request is done.</summary>
    /// <exception cref="InvalidOperationException">The index is not open: the server is starting or stopping.</exception>
    public SnapshotLease Acquire() =>
        TryAcquire(out SnapshotLease lease) ? lease : throw new InvalidOperationException("The index is not open (the server is starting or stopping).");

    /// <summary>Takes a lease on the newest snapshot; false when the index is not open (the server is starting or stopping).</summary>
    public bool TryAcquire(out SnapshotLease lease)
    {
        while (Volatile.Read(ref current) is IndexSnapshot snapshot)
        {
            if (snapshot.TryAddReference())
            {
                lease = new SnapshotLease(snapshot);
                return true;
            }

            // Replaced and closed between the read and the reference: the next read finds its successor.
        }

        lease = default;
        return false;
    }

    /// <summary>Swaps in the latest commit when it is newer than the current snapshot's; returns the new snapshot, or null when nothing changed.</summary>
    public IndexSnapshot? Refresh()
    {
        lock (refreshLock)
        {
            IndexSnapshot? old = current;
            if (old is null || DirectoryReader.OpenIfChanged(old.Searcher.Reader) is not DirectoryReader newer)
            {
                return null;
            }

            var snapshot = new IndexSnapshot(new NewsSearcher(newer, limits));
            Volatile.Write(ref current, snapshot);

            // Requests still searching the old snapshot hold references; the last of them closes its reader.
            old.Release();
            return snapshot;
        }
    }

    /// <summary>Closes the current snapshot once its requests end, and the folder.</summary>
    public void Dispose()
    {
        lock (refreshLock)
        {
            disposed = true;
            Interlocked.Exchange(ref current, null)?.Release();
            directory?.Dispose();
        }
    }
}
