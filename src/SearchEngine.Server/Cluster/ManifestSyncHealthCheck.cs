using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SearchEngine.Server.Cluster;

/// <summary>A search node's readiness: healthy only when the generation it serves is the latest manifest's.</summary>
internal sealed class ManifestSyncHealthCheck(ManifestInstaller installer) : IHealthCheck
{
    /// <summary>The name the check is registered under.</summary>
    public const string Name = "cluster-sync";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        long? latest = installer.LatestGeneration;
        long? served = installer.ServedGeneration();
        HealthCheckResult result = latest is null
            ? HealthCheckResult.Unhealthy("No manifest read from the cluster yet.")
            : served == latest
                ? HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"Serving the latest manifest's generation {latest}."))
                : HealthCheckResult.Unhealthy(string.Create(CultureInfo.InvariantCulture, $"Serving generation {served?.ToString(CultureInfo.InvariantCulture) ?? "none"}; the latest manifest's is {latest}."));
        return Task.FromResult(result);
    }
}
