using Microsoft.Extensions.Options;
using NATS.Client.KeyValueStore;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// A search node's sync (role <c>search</c>): watches the manifest key and installs each new manifest
/// (<see cref="ManifestInstaller"/>). A watch that breaks (NATS away, an install that failed on the network) is
/// started again after a pause, and delivers the latest manifest first, so nothing is missed; a commit rejected as
/// damaged is not retried until a newer manifest comes. The key is also read every few seconds, as a watch whose
/// server went away may stall without failing.
/// </summary>
internal sealed partial class ManifestSyncService(ClusterTopology topology, ManifestInstaller installer, IOptions<SearchOptions> options, ILogger<ManifestSyncService> logger) : BackgroundService
{
    /// <summary>How often the manifest key is also read directly, in case a watch stalls without failing (its server gone).</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    private readonly SyncConnection sync = new(options.Value.Cluster, logger);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        installer.StartServing();
        try
        {
            await Task.WhenAll(WatchAsync(stoppingToken), PollAsync(stoppingToken)).ConfigureAwait(false);
        }
        finally
        {
            await sync.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await topology.WaitAsync(stoppingToken).ConfigureAwait(false);
                    ClusterStores stores = await sync.StoresAsync(stoppingToken).ConfigureAwait(false);
                    NatsKVEntry<string> entry = await stores.Manifests.GetEntryAsync<string>(options.Value.Cluster.ManifestKey, cancellationToken: stoppingToken).ConfigureAwait(false);
                    await installer.InstallAsync(stores, entry, stoppingToken).ConfigureAwait(false);
                    sync.Succeeded();
                }
                catch (NatsKVKeyNotFoundException)
                {
                    // No manifest yet: the indexer publishes one when it starts.
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // NATS away, or an install that failed on the network: the watch logs what matters; the next tick
                    // tries again, and failures in a row make the sync's connection again.
                    await sync.FailedAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await topology.WaitAsync(stoppingToken).ConfigureAwait(false);
                ClusterStores stores = await sync.StoresAsync(stoppingToken).ConfigureAwait(false);
                await foreach (NatsKVEntry<string> entry in stores.Manifests.WatchAsync<string>(options.Value.Cluster.ManifestKey, cancellationToken: stoppingToken).ConfigureAwait(false))
                {
                    if (entry.Operation == NatsKVOperation.Put)
                    {
                        await installer.InstallAsync(stores, entry, stoppingToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogWatchFailed(logger, ex);
                await sync.FailedAsync().ConfigureAwait(false);
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The manifest watch failed; it starts again")]
    private static partial void LogWatchFailed(ILogger logger, Exception exception);
}
