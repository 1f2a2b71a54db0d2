using Microsoft.Extensions.Options;
using SearchEngine.Hosting;
using SearchEngine.Server.Articles;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// Registers the cluster's services when <see cref="ClusterOptions.UrlsKey"/> is set, around the index services
/// (<see cref="IndexHosting.NewsIndexSetup"/>); without it nothing of the cluster, and no NATS code, is registered.
/// </summary>
internal static class ClusterSetup
{
    /// <summary>
    /// Adds what starts before the served index opens: the connection, the topology (set up in the background, with a
    /// readiness check saying why NATS is not reached), and, on a search node, the first install into a cold folder.
    /// </summary>
    public static IServiceCollection AddClusterBeforeIndex(this IServiceCollection services, ClusterRoles roles)
    {
        services.AddSingleton<ClusterConnection>();
        services.AddSingleton<ClusterTopology>();
        services.AddSingleton<ClusterMetrics>();
        services.AddHostedService<ClusterTopologyService>();
        services.AddHealthChecks().AddCheck<ClusterHealthCheck>(ClusterHealthCheck.Name, tags: [NewsSearchServiceCollectionExtensions.ReadyTag]);
        if (roles.Replicates)
        {
            services.AddSingleton<ManifestInstaller>();
            services.AddHostedService<ReplicaColdStart>();
        }

        return services;
    }

    /// <summary>
    /// Adds what runs once the served index is open, stopping before it closes: the write door to the stream, the
    /// indexer (roles <c>indexer</c>, <c>both</c>), and the manifest sync with its readiness check (role <c>search</c>).
    /// </summary>
    public static IServiceCollection AddClusterAfterIndex(this IServiceCollection services, ClusterRoles roles)
    {
        services.AddSingleton<IArticleWrites, JetStreamArticleWrites>();
        if (roles.Indexes)
        {
            services.AddHostedService<ClusterIndexer>();
        }

        if (roles.Replicates)
        {
            services.AddHostedService<ManifestSyncService>();
            services.AddHealthChecks().AddCheck<ManifestSyncHealthCheck>(ManifestSyncHealthCheck.Name, tags: [NewsSearchServiceCollectionExtensions.ReadyTag]);
        }

        return services;
    }

    /// <summary>Reads, while the server is assembled, what the node runs: null when no cluster is configured. A bad role is reported by the options validation; here it runs nothing.</summary>
    public static ClusterRoles? ReadRoles(IConfiguration configuration)
    {
        if (!ClusterOptions.IsEnabled(configuration))
        {
            return null;
        }

        var cluster = new ClusterOptions();
        configuration.GetSection(ClusterOptions.Section).Bind(cluster);
        return new ClusterRoles(cluster.Indexes, cluster.Replicates);
    }
}

/// <summary>What a cluster node runs, read from <c>Search:Cluster:Role</c>.</summary>
/// <param name="Indexes">Whether it runs the indexer.</param>
/// <param name="Replicates">Whether it copies the indexer's commits into its folder.</param>
internal sealed record ClusterRoles(bool Indexes, bool Replicates);
