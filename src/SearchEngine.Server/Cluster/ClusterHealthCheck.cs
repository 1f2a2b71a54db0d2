using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SearchEngine.Server.Cluster;

/// <summary>Healthy once the node has reached NATS and set the stream and stores up; unhealthy with the reason before.</summary>
internal sealed class ClusterHealthCheck(ClusterTopology topology) : IHealthCheck
{
    /// <summary>The name the check is registered under.</summary>
    public const string Name = "cluster";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(topology.Problem is string problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy("The stream and stores are set up."));
}
