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

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        installer.StartServing();
        return Task.WhenAll(WatchAsync(stoppingToken), PollAsync(stoppingToken));
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
                    ClusterStores stores = await topology.WaitAsync(stoppingToken).ConfigureAwait(false);
                    NatsKVEntry<string> entry = await stores.Manifests.GetEntryAsync<string>(options.Value.Cluster.ManifestKey, cancellationToken: stoppingToken).ConfigureAwait(false);
                    await installer.InstallAsync(stores, entry, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // No manifest yet, or NATS away: the watch logs what matters; the next tick tries again.
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
                ClusterStores stores = await topology.WaitAsync(stoppingToken).ConfigureAwait(false);
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
