using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SearchEngine.Server.Articles;
using SearchEngine.Server.Cluster;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Cluster;

/// <summary>Bad cluster settings stop the start naming the key; without <c>Search:Cluster:Urls</c> nothing of the cluster exists.</summary>
public sealed class ClusterOptionsValidationTests : IDisposable
{
    private const string Urls = "Search:Cluster:Urls=nats://127.0.0.1:4222";
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("Search:Cluster:Urls=http://127.0.0.1:4222", "Search:Cluster:Urls: 'http://127.0.0.1:4222' is not a NATS server URL")]
    [InlineData("Search:Cluster:Urls=nats://127.0.0.1:4222,nonsense", "Search:Cluster:Urls: 'nonsense' is not a NATS server URL")]
    [InlineData("Search:Cluster:Role=reader", "Search:Cluster:Role 'reader' is not a role; expected search, indexer or both.")]
    [InlineData("Search:Cluster:Replicas=0", "Search:Cluster:Replicas must be between 1 and 5; it is 0.")]
    [InlineData("Search:Cluster:BatchSize=0", "Search:Cluster:BatchSize must be between 1 and 100000; it is 0.")]
    [InlineData("Search:Cluster:BatchWait=00:00:00.010", "Search:Cluster:BatchWait must be between")]
    [InlineData("Search:Cluster:LeaseTtl=00:00:00", "Search:Cluster:LeaseTtl must be between")]
    [InlineData("Search:Cluster:PublishTimeout=00:00:00", "Search:Cluster:PublishTimeout must be between")]
    [InlineData("Search:Cluster:Stream=news articles", "Search:Cluster:Stream 'news articles' is not a valid name")]
    [InlineData("Search:Cluster:ManifestBucket=a.b", "Search:Cluster:ManifestBucket 'a.b' is not a valid name")]
    [InlineData("Search:Cluster:LeaseBucket=", "Search:Cluster:LeaseBucket '' is not a valid name")]
    [InlineData("Search:Cluster:ObjectStore=files*", "Search:Cluster:ObjectStore 'files*' is not a valid name")]
    [InlineData("Search:Cluster:Subject=news.>", "Search:Cluster:Subject 'news.>' is not a NATS subject")]
    [InlineData("Search:Cluster:Subject=news..articles", "Search:Cluster:Subject 'news..articles' is not a NATS subject")]
    public async Task ABadClusterSettingStopsTheStartNamingTheKey(string setting, string message)
    {
        await using WebApplication app = RunningServer.Build(Path.Combine(temp.Path, "index"), Urls, setting);

        OptionsValidationException error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task AClusterNodeNeedsNoSampleArticlesToStart()
    {
        string missing = Path.Combine(temp.Path, "no-such-sample");
        await using WebApplication alone = RunningServer.Build(Path.Combine(temp.Path, "alone"), $"Search:SampleArticlesPath={missing}");
        await using WebApplication node = RunningServer.Build(Path.Combine(temp.Path, "node"), Urls, $"Search:SampleArticlesPath={missing}");

        Assert.Throws<OptionsValidationException>(() => alone.Services.GetRequiredService<IOptions<SearchEngine.Server.Configuration.SearchOptions>>().Value);
        Assert.NotNull(node.Services.GetRequiredService<IOptions<SearchEngine.Server.Configuration.SearchOptions>>().Value);
    }

    [Fact]
    public async Task WithoutClusterUrlsTheServerRunsAloneWithNoClusterService()
    {
        await using WebApplication app = RunningServer.Build(Path.Combine(temp.Path, "index"));

        Assert.IsType<LocalArticleWrites>(app.Services.GetRequiredService<IArticleWrites>());
        Assert.Null(app.Services.GetService<ClusterConnection>());
        Assert.Null(app.Services.GetService<ClusterMetrics>());
        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), service => service.GetType().Namespace == typeof(ClusterOptions).Namespace);
    }

    [Theory]
    [InlineData("search", false, true)]
    [InlineData("indexer", true, false)]
    [InlineData("both", true, false)]
    public async Task TheRoleDecidesWhetherTheNodeIndexesOrCopiesCommits(string role, bool indexes, bool replicates)
    {
        await using WebApplication app = RunningServer.Build(Path.Combine(temp.Path, "index"), Urls, $"Search:Cluster:Role={role}");
        var hosted = app.Services.GetServices<IHostedService>().Select(static service => service.GetType()).ToList();

        Assert.IsType<JetStreamArticleWrites>(app.Services.GetRequiredService<IArticleWrites>());
        Assert.Equal(indexes, hosted.Contains(typeof(ClusterIndexer)));
        Assert.Equal(replicates, hosted.Contains(typeof(ManifestSyncService)));
        Assert.Equal(replicates, hosted.Contains(typeof(ReplicaColdStart)));
        Assert.DoesNotContain(typeof(SearchEngine.Server.IndexHosting.SampleIndexService), hosted);
    }
}
