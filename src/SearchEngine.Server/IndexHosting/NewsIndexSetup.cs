namespace SearchEngine.Server.IndexHosting;

/// <summary>Registers the index services: the snapshot holder, the first-start build, the commit poller and the writer.</summary>
internal static class NewsIndexSetup
{
    /// <summary>Adds the index services; the poller opens the index before the web server starts listening.</summary>
    public static IServiceCollection AddNewsIndex(this IServiceCollection services)
    {
        services.AddSingleton<IndexSnapshots>();
        services.AddSingleton<SampleIndexBuilder>();
        services.AddSingleton<ArticleWriter>();

        // Hosted services start in this order and stop in reverse, after the web server has drained its requests:
        // the writer commits what is queued, then the index closes.
        services.AddHostedService<IndexRefreshService>();
        services.AddHostedService(static provider => provider.GetRequiredService<ArticleWriter>());
        return services;
    }
}
