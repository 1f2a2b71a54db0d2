using Microsoft.Extensions.Options;
using NATS.Client.KeyValueStore;
using SearchEngine.News.Indexing;
using SearchEngine.News.Replication;
using SearchEngine.News.Search;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// Brings a search node's folder to a manifest from the manifest key: installs the commit from the object store
/// (<see cref="NewsReplica"/>: fetched, verified, commit point last), then swaps it in for searches through the served
/// index's own refresh. A file that fails verification is logged by name and nothing of that commit is served; the
/// node keeps the commit it had.
/// </summary>
internal sealed partial class ManifestInstaller(IServiceProvider services, IOptions<SearchOptions> options, ClusterMetrics metrics, ILogger<ManifestInstaller> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private long latestGeneration = -1;
    private volatile bool serving;
    private long rejectedGeneration = -1;

    /// <summary>Gets the generation of the newest manifest seen in the key, or null before one was read.</summary>
    public long? LatestGeneration => Interlocked.Read(ref latestGeneration) is >= 0 and long generation ? generation : null;

    /// <summary>Marks the served index as open (after the first install, if any): from then on an install also refreshes it.</summary>
    public void StartServing() => serving = true;

    /// <summary>Installs the manifest of <paramref name="entry"/> unless the node serves it already; returns whether the node now serves it.</summary>
    /// <remarks>A commit rejected as damaged is not tried again: the node waits for a newer manifest.</remarks>
    public async Task<bool> InstallAsync(ClusterStores stores, NatsKVEntry<string> entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stores);
        if (entry.Value is not { } json)
        {
            return false;
        }

        NewsCommitManifest manifest = NewsCommitManifest.Parse(json);
        InterlockedMax(ref latestGeneration, manifest.Generation);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (manifest.Generation < LatestGeneration || ServedGeneration() == manifest.Generation || manifest.Generation == rejectedGeneration)
            {
                return ServedGeneration() == manifest.Generation;
            }

            var replica = new NewsReplica(options.Value.IndexPath);
            NewsReplicaInstall installed;
            try
            {
                installed = await replica.InstallAsync(manifest, ObjectStoreSource.For(stores.Files, manifest), cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                // The message names the file, with the expected and actual length and SHA-256.
                LogRejected(logger, ex, manifest.Generation);
                rejectedGeneration = manifest.Generation;
                return false;
            }

            if (serving)
            {
                services.GetRequiredService<NewsIndex>().Refresh();
            }

            metrics.SetReplicationLag(DateTimeOffset.UtcNow - entry.Created);
            LogInstalled(logger, manifest.Generation, installed.FilesFetched, installed.BytesFetched);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Returns the generation the served index shows, or null while it has none (or is not open yet).</summary>
    public long? ServedGeneration()
    {
        if (!serving)
        {
            return null;
        }

        try
        {
            using NewsSearcherLease lease = services.GetRequiredService<NewsIndex>().AcquireSearcher();
            return lease.Searcher.Generation;
        }
        catch (Exception ex) when (ex is News.Engines.IndexNotFoundException or ObjectDisposedException)
        {
            return null;
        }
    }

    public void Dispose() => gate.Dispose();

    private static void InterlockedMax(ref long field, long value)
    {
        long seen;
        while ((seen = Interlocked.Read(ref field)) < value && Interlocked.CompareExchange(ref field, value, seen) != seen)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed commit generation {Generation}: {Files} file(s) fetched, {Bytes} bytes")]
    private static partial void LogInstalled(ILogger logger, long generation, int files, long bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rejected commit generation {Generation}: a file from the object store does not match its manifest; still serving the previous commit")]
    private static partial void LogRejected(ILogger logger, Exception exception, long generation);
}
