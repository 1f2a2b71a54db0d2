namespace SearchEngine.Server.Cluster;

/// <summary>Sets the cluster's topology up in the background from the start, so the node's readiness says at once whether it reaches NATS; the start itself never waits on NATS here.</summary>
internal sealed class ClusterTopologyService(ClusterTopology topology) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await topology.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stopped before NATS was reached.
        }
    }
}
