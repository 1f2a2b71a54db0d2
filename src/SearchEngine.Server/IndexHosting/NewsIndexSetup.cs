using Microsoft.Extensions.Options;
using SearchEngine.Hosting;
using SearchEngine.Server.Articles;
using SearchEngine.Server.Cluster;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.IndexHosting;

/// <summary>Registers the index services: the first-start build, the served index (the hosting package) and the writer.</summary>
internal static class NewsIndexSetup
{
    /// <summary>
    /// Adds the index services. Hosted services start in this order and stop in reverse, after the web server has
    /// drained its requests: the sample is built, the index opened and polled for new commits, and the writer
    /// started; at the stop the writer commits what is queued before the index closes.
    /// </summary>
    /// <remarks>
    /// In a cluster (<see cref="ClusterOptions.UrlsKey"/> set) there is no first-start build and no local writer: the
    /// cluster's services take their places, around the served index (<see cref="ClusterSetup"/>), and writes go to the
    /// stream. Either way the endpoints write through one door, <see cref="IArticleWrites"/>.
    /// </remarks>
    public static IServiceCollection AddNewsIndex(this IServiceCollection services, IConfiguration configuration)
    {
        ClusterRoles? cluster = ClusterSetup.ReadRoles(configuration);
        if (cluster is null)
        {
            services.AddSingleton<SampleIndexBuilder>();
            services.AddHostedService<SampleIndexService>();
        }
        else
        {
            services.AddClusterBeforeIndex(cluster);
        }

        // The served index: every request takes a lease on its newest snapshot; the poller and the writer refresh it.
        services.AddNewsSearch().Configure<IOptions<SearchOptions>>(static (news, search) =>
        {
            news.IndexPath = search.Value.IndexPath;
            news.Engine = search.Value.Engine;
            news.RefreshInterval = search.Value.RefreshInterval;
            news.Limits = search.Value.ToLimits();
        });
        if (cluster is null)
        {
            services.AddSingleton<ArticleWriter>();
            services.AddHostedService(static provider => provider.GetRequiredService<ArticleWriter>());
            services.AddSingleton<IArticleWrites, LocalArticleWrites>();
        }
        else
        {
            services.AddClusterAfterIndex(cluster);
        }

        return services;
    }
}
