using Microsoft.Extensions.Options;
using NATS.Client.KeyValueStore;
using SearchEngine.News.Indexing;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// A search node's first install, before the served index is opened: registered before the index services, it starts
/// first, and over a folder without a commit installs the latest manifest, so the index opens on the indexer's commit
/// (and its engine). Waits at most <see cref="ClusterOptions.StartTimeout"/>; a node that cannot reach NATS by then
/// starts unready and the sync installs when it can.
/// </summary>
internal sealed partial class ReplicaColdStart(ClusterTopology topology, ManifestInstaller installer, IOptions<SearchOptions> options, ILogger<ReplicaColdStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        SearchOptions settings = options.Value;
        if (NewsIndex.Exists(settings.IndexPath))
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Cluster.StartTimeout);
        try
        {
            ClusterStores stores = await topology.WaitAsync(timeout.Token).ConfigureAwait(false);
            NatsKVEntry<string> entry = await stores.Manifests.GetEntryAsync<string>(settings.Cluster.ManifestKey, cancellationToken: timeout.Token).ConfigureAwait(false);
            await installer.InstallAsync(stores, entry, timeout.Token).ConfigureAwait(false);
        }
        catch (NatsKVException)
        {
            LogNoManifest(logger, settings.IndexPath);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, settings.Cluster.StartTimeout, topology.Problem ?? "the install did not finish");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "No commit in {IndexPath} and none in the cluster yet: the node serves once the indexer publishes one")]
    private static partial void LogNoManifest(ILogger logger, string indexPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No first install within {Timeout}: {Problem}; the node starts unready and installs when it can")]
    private static partial void LogTimedOut(ILogger logger, TimeSpan timeout, string problem);
}
