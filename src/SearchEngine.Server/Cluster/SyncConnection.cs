using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.KeyValueStore;
using NATS.Client.ObjectStore;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// A search node's own connection for following the indexer (the manifest watch and the object-store reads), made
/// again after <see cref="FailuresBeforeReconnect"/> failures in a row.
/// </summary>
/// <remarks>
/// After a NATS node stops, a long-lived connection of NATS.Net 3.3 to nats-server 2.9 was seen to get "No API response"
/// to every later consumer creation (which a key-value watch and an object-store read both make) while it still
/// published; a new connection works at once. The node's other connection (writes, topology) is left alone.
/// </remarks>
internal sealed partial class SyncConnection(ClusterOptions cluster, ILogger logger) : IAsyncDisposable
{
    /// <summary>The failures of the watch or of an install in a row after which the connection is made again.</summary>
    public const int FailuresBeforeReconnect = 3;

    private readonly SemaphoreSlim gate = new(1, 1);
    private NatsConnection? connection;
    private ClusterStores? stores;
    private int failures;

    /// <summary>Returns the stores over the current connection, connecting first when there is none.</summary>
    public async Task<ClusterStores> StoresAsync(CancellationToken cancellationToken)
    {
        if (stores is { } current)
        {
            return current;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (stores is null)
            {
                connection = new NatsConnection(ClusterConnection.Options(cluster));
                var js = new NatsJSContext(connection);
                var kv = new NatsKVContext(js);
                INatsKVStore manifests = await kv.GetStoreAsync(cluster.ManifestBucket, cancellationToken).ConfigureAwait(false);
                INatsKVStore leases = await kv.GetStoreAsync(cluster.LeaseBucket, cancellationToken).ConfigureAwait(false);
                INatsObjStore files = await new NatsObjContext(js).GetObjectStoreAsync(cluster.ObjectStore, cancellationToken).ConfigureAwait(false);
                stores = new ClusterStores(js, manifests, leases, files);
            }

            return stores;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Records a success: the count of failures in a row starts again.</summary>
    public void Succeeded() => Interlocked.Exchange(ref failures, 0);

    /// <summary>Records a failure; the <see cref="FailuresBeforeReconnect"/>th in a row drops the connection, so the next use makes a new one.</summary>
    public async Task FailedAsync()
    {
        if (Interlocked.Increment(ref failures) < FailuresBeforeReconnect)
        {
            return;
        }

        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            Interlocked.Exchange(ref failures, 0);
            if (connection is { } old)
            {
                stores = null;
                connection = null;
                LogReconnecting(logger, FailuresBeforeReconnect);
                await old.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is { } open)
        {
            await open.DisposeAsync().ConfigureAwait(false);
        }

        gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Following the indexer failed {Failures} times in a row: its NATS connection is made again")]
    private static partial void LogReconnecting(ILogger logger, int failures);
}
