using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SearchEngine.News.Indexing;

namespace SearchEngine.Hosting;

/// <summary>Adds a served news index to a generic host (<c>Microsoft.Extensions.Hosting</c>).</summary>
public static class NewsSearchServiceCollectionExtensions
{
    /// <summary>The name the index's health check is registered under.</summary>
    public const string HealthCheckName = "news-index";

    /// <summary>
    /// The tag of the health checks that tell whether the host is ready for requests; <see cref="HealthCheckName"/>
    /// carries it. A readiness probe runs the checks with this tag (<c>check.Tags.Contains(ReadyTag)</c>), so another
    /// condition of readiness is one more check registered with it.
    /// </summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Registers <see cref="NewsIndex"/> as a singleton over <see cref="NewsSearchOptions.IndexPath"/>, with options
    /// validated when the host starts; a hosted service that opens the latest commit before the host reports started
    /// and then swaps in each newer commit another process makes; and the health check <see cref="HealthCheckName"/>,
    /// tagged <see cref="ReadyTag"/>, unhealthy while no commit is open. The index is closed when the host stops,
    /// after the hosted services registered after this call have stopped (register a writer after it); changes not
    /// committed by then are dropped, so a writer commits before its stop returns.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options in code; configuration can be bound to the returned builder instead (<c>.BindConfiguration("NewsSearch")</c>).</param>
    /// <returns>The options builder, to bind or configure the options further.</returns>
    public static OptionsBuilder<NewsSearchOptions> AddNewsSearch(this IServiceCollection services, Action<NewsSearchOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<NewsSearchOptions> options = services.AddOptions<NewsSearchOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NewsSearchOptions>, NewsSearchOptionsValidator>());
        services.TryAddSingleton(static provider => OpenIndex(provider.GetRequiredService<IOptions<NewsSearchOptions>>().Value));
        services.AddHostedService<NewsIndexRefreshService>();
        services.AddHealthChecks().AddCheck<NewsIndexHealthCheck>(HealthCheckName, tags: [ReadyTag]);
        return options;
    }

    private static NewsIndex OpenIndex(NewsSearchOptions options) =>
        NewsIndex.Open(options.IndexPath, new NewsIndexOptions
        {
            Engine = NewsIndex.Exists(options.IndexPath) ? null : options.Engine,
            Limits = options.Limits,
        });
}
