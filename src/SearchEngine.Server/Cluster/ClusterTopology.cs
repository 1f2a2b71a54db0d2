using Microsoft.Extensions.Options;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;
using NATS.Client.ObjectStore;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// Creates or updates, idempotently, the stream of article changes (file storage, the configured replicas), the
/// manifest and lease buckets and the object store, retrying while NATS is unreachable or its cluster still forms;
/// every part of the cluster takes its <see cref="ClusterStores"/> from here.
/// </summary>
internal sealed partial class ClusterTopology(ClusterConnection connection, IOptions<SearchOptions> options, ILogger<ClusterTopology> logger) : IDisposable
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile ClusterStores? stores;
    private volatile string problem = "The node has not reached NATS yet.";

    /// <summary>Gets the stores once they are set up, else null.</summary>
    public ClusterStores? Current => stores;

    /// <summary>Gets why the stores are not set up (the last failure), or null once they are.</summary>
    public string? Problem => stores is null ? problem : null;

    /// <summary>Returns the stores, setting them up first when needed and retrying, with a growing pause, until it succeeds or <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task<ClusterStores> WaitAsync(CancellationToken cancellationToken)
    {
        if (stores is { } ready)
        {
            return ready;
        }

        TimeSpan delay = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (stores is { } made)
                {
                    return made;
                }

                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(AttemptTimeout);
                try
                {
                    stores = await CreateAsync(attempt.Token).ConfigureAwait(false);
                    LogReady(logger, options.Value.Cluster.Urls ?? string.Empty, options.Value.Cluster.Stream, options.Value.Cluster.Replicas);
                    return stores;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    string message = $"Could not set up the stream and stores on NATS ({options.Value.Cluster.Urls}): {ex.GetType().Name}: {ex.Message}";
                    if (message != problem)
                    {
                        LogNotReady(logger, message);
                    }

                    problem = message;
                }
            }
            finally
            {
                gate.Release();
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, delay.Ticks * 2));
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<ClusterStores> CreateAsync(CancellationToken cancellationToken)
    {
        ClusterOptions cluster = options.Value.Cluster;
        var js = connection.JetStream;
        await js.CreateOrUpdateStreamAsync(
            new StreamConfig(cluster.Stream, [cluster.Subject])
            {
                Storage = StreamConfigStorage.File,
                NumReplicas = cluster.Replicas,
                Retention = StreamConfigRetention.Limits,
            },
            cancellationToken).ConfigureAwait(false);

        var kv = new NatsKVContext(js);
        INatsKVStore manifests = await kv.CreateOrUpdateStoreAsync(
            new NatsKVConfig(cluster.ManifestBucket) { History = 1, NumberOfReplicas = cluster.Replicas, Storage = NatsKVStorageType.File },
            cancellationToken).ConfigureAwait(false);

        // The lease lives as long as the bucket keeps a value unrenewed: its max age is the lease's time to live.
        INatsKVStore leases = await kv.CreateOrUpdateStoreAsync(
            new NatsKVConfig(cluster.LeaseBucket) { History = 1, NumberOfReplicas = cluster.Replicas, Storage = NatsKVStorageType.File, MaxAge = cluster.LeaseTtl },
            cancellationToken).ConfigureAwait(false);

        var objects = new NatsObjContext(js);
        INatsObjStore files = await objects.CreateObjectStoreAsync(
            new NatsObjConfig(cluster.ObjectStore) { NumberOfReplicas = cluster.Replicas, Storage = NatsObjStorageType.File },
            cancellationToken).ConfigureAwait(false);
        return new ClusterStores(js, manifests, leases, files);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster ready on NATS {Urls}: stream {Stream} with {Replicas} replica(s), buckets and object store set up")]
    private static partial void LogReady(ILogger logger, string urls, string stream, int replicas);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Problem}; the node stays unready and retries")]
    private static partial void LogNotReady(ILogger logger, string problem);
}
