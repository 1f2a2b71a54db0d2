using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.Hosting.Tests;

/// <summary><c>AddNewsSearch</c> on a real generic host over real index folders, on both engines.</summary>
public sealed class NewsSearchServiceCollectionExtensionsTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("native")]
    [InlineData("lucenenet")]
    public async Task TheLatestCommitIsOpenAndHealthyOnceTheHostHasStarted(string engine)
    {
        string index = Path.Combine(temp.Path, engine);
        Write(index, engine, new Article("a1", "da", null, "Regeringen", "Regeringen fremlægger finansloven i dag."));

        using IHost host = Build(index, engine);
        await host.StartAsync(TestContext.Current.CancellationToken);

        NewsIndex served = host.Services.GetRequiredService<NewsIndex>();
        Assert.Equal(engine, served.Engine);
        Assert.Equal(1, served.Search(new NewsSearchRequest("finansloven") { Language = "da" }).Total);
        HealthReport report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);
        HealthReportEntry entry = report.Entries[NewsSearchServiceCollectionExtensions.HealthCheckName];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(1, (int)entry.Data["documents"]);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AnIndexWithoutACommitIsUnhealthyUntilAnotherWriterCommitsThenServed()
    {
        string index = Path.Combine(temp.Path, "later");
        using IHost host = Build(index, "native");
        await host.StartAsync(TestContext.Current.CancellationToken);
        HealthCheckService health = host.Services.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync(TestContext.Current.CancellationToken)).Status);

        // Another writer on the same folder, as searchctl add would be from another process.
        Write(index, "native", new Article("n1", "nl", null, "Kabinet", "Het kabinet presenteert de begroting."));

        Assert.True(await Eventually(async () => (await health.CheckHealthAsync(TestContext.Current.CancellationToken)).Status == HealthStatus.Healthy), "the commit was never served");

        // A readiness probe finds the check by its tag.
        HealthReport ready = await health.CheckHealthAsync(static check => check.Tags.Contains(NewsSearchServiceCollectionExtensions.ReadyTag), TestContext.Current.CancellationToken);
        Assert.Equal(HealthStatus.Healthy, ready.Entries[NewsSearchServiceCollectionExtensions.HealthCheckName].Status);
        Assert.Equal(1, host.Services.GetRequiredService<NewsIndex>().Search(new NewsSearchRequest("begroting") { Language = "nl" }).Total);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ANewerCommitIsSwappedInWithoutARestart()
    {
        string index = Path.Combine(temp.Path, "swap");
        Write(index, "native", new Article("a1", "da", null, "Første", "Den første artikel om vindmøller."));
        using IHost host = Build(index, "native");
        await host.StartAsync(TestContext.Current.CancellationToken);
        NewsIndex served = host.Services.GetRequiredService<NewsIndex>();

        Write(index, "native", new Article("a2", "da", null, "Anden", "Den anden artikel om vindmøller."));

        Assert.True(await Eventually(() => Task.FromResult(Documents(served) == 2)), "the newer commit was never swapped in");
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("Engine", "bogus", "Engine 'bogus'")]
    [InlineData("IndexPath", "", "IndexPath is empty")]
    [InlineData("RefreshInterval", "-00:00:01", "RefreshInterval")]
    public async Task AnInvalidOptionStopsTheStartNamingTheSetting(string setting, string value, string message)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddNewsSearch(options =>
        {
            options.IndexPath = Path.Combine(temp.Path, "bad");
            switch (setting)
            {
                case "Engine":
                    options.Engine = value;
                    break;
                case "IndexPath":
                    options.IndexPath = value;
                    break;
                default:
                    options.RefreshInterval = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }
        });
        using IHost host = builder.Build();

        OptionsValidationException refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoppingTheHostClosesTheIndexAndFreesItsFolderForAnotherWriter()
    {
        string index = Path.Combine(temp.Path, "stop");
        Write(index, "native", new Article("a1", "da", null, "Første", "Den første artikel."));
        using IHost host = Build(index, "native");
        await host.StartAsync(TestContext.Current.CancellationToken);
        NewsIndex served = host.Services.GetRequiredService<NewsIndex>();

        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.Throws<ObjectDisposedException>(() => served.AcquireSearcher());
        Write(index, "native", new Article("a2", "da", null, "Anden", "Den anden artikel."));
    }

    private static IHost Build(string index, string engine)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddNewsSearch(options =>
        {
            options.IndexPath = index;
            options.Engine = engine;
            options.RefreshInterval = TimeSpan.FromMilliseconds(50);
        });
        return builder.Build();
    }

    /// <summary>Adds <paramref name="article"/> to the folder with a writer of its own and commits, as another process would.</summary>
    private static void Write(string index, string engine, Article article)
    {
        using NewsIndex writer = NewsIndex.Open(index, new NewsIndexOptions { Engine = NewsIndex.Exists(index) ? null : engine });
        writer.Add(article);
        writer.Commit();
    }

    /// <summary>Reads the served index's document count through a lease, as a search would.</summary>
    private static int Documents(NewsIndex index)
    {
        using NewsSearcherLease lease = index.AcquireSearcher();
        return lease.Searcher.Documents;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or <see cref="Bound"/> passes.</summary>
    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Bound)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        return false;
    }
}
