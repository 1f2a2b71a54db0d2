using Microsoft.Extensions.Options;
using SearchEngine.News.Indexing;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.IndexHosting;

/// <summary>Registers the index services: the served index, the first-start build, the commit poller and the writer.</summary>
internal static class NewsIndexSetup
{
    /// <summary>Adds the index services; the poller opens the index before the web server starts listening.</summary>
    public static IServiceCollection AddNewsIndex(this IServiceCollection services)
    {
        // The served index: every request takes a lease on its newest snapshot; the poller and the writer refresh it.
        services.AddSingleton(static provider => NewsIndex.Open(provider.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath, ServedOptions(provider)));
        services.AddSingleton<SampleIndexBuilder>();
        services.AddSingleton<ArticleWriter>();

        // Hosted services start in this order and stop in reverse, after the web server has drained its requests:
        // the writer commits what is queued, then the index closes.
        services.AddHostedService<IndexRefreshService>();
        services.AddHostedService(static provider => provider.GetRequiredService<ArticleWriter>());
        return services;
    }

    /// <summary>
    /// Returns how the server opens its index: with the configured engine when the folder holds no index yet (an
    /// existing index is opened by the engine that wrote it, whatever is configured), and the configured limits.
    /// </summary>
    public static NewsIndexOptions ServedOptions(IServiceProvider provider)
    {
        SearchOptions settings = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
        return new NewsIndexOptions
        {
            Engine = NewsIndex.Exists(settings.IndexPath) ? null : settings.Engine,
            Limits = settings.ToLimits(),
        };
    }
}
