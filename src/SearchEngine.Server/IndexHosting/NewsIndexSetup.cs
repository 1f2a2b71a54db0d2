using Microsoft.Extensions.Options;
using SearchEngine.Hosting;
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
    public static IServiceCollection AddNewsIndex(this IServiceCollection services)
    {
        services.AddSingleton<SampleIndexBuilder>();
        services.AddHostedService<SampleIndexService>();

        // The served index: every request takes a lease on its newest snapshot; the poller and the writer refresh it.
        services.AddNewsSearch().Configure<IOptions<SearchOptions>>(static (news, search) =>
        {
            news.IndexPath = search.Value.IndexPath;
            news.Engine = search.Value.Engine;
            news.RefreshInterval = search.Value.RefreshInterval;
            news.Limits = search.Value.ToLimits();
        });
        services.AddSingleton<ArticleWriter>();
        services.AddHostedService(static provider => provider.GetRequiredService<ArticleWriter>());
        return services;
    }
}
