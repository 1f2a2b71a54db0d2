using System.Net;
using System.Text.Json;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Cluster;

/// <summary>
/// An indexer node and a search node, two in-process servers with folders of their own, over one real nats-server
/// (JetStream, one replica): writes to any node are accepted by the stream, indexed once, and served by the search node.
/// </summary>
public sealed class ClusterEndToEndTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task ArticlesPutThroughASearchNodeAreFoundThereOnceIndexedAndADeleteDisappears()
    {
        InstalledNats.SkipWhenMissing();
        using NatsServerProcess nats = await NatsServerProcess.StartAsync(temp.Path);
        await using RunningServer indexer = await ClusterNode.StartAsync(Path.Combine(temp.Path, "indexer"), nats.Url, "indexer", "indexer-1");
        await using RunningServer search = await ClusterNode.StartAsync(Path.Combine(temp.Path, "search"), nats.Url, "search", "search-1");

        var sequences = new List<ulong>();
        for (int i = 0; i < 50; i++)
        {
            sequences.Add(await ClusterNode.PutAcceptedAsync(search, $"klynge-{i}", ClusterNode.Article("klyngeprøve", i)));
        }

        Assert.Equal(50, sequences.Distinct().Count());
        await ClusterNode.WaitUntilAsync(async () => await ClusterNode.CountAsync(search, "klyngeprøve") == 50, "the search node finds all 50 articles");
        await ClusterNode.WaitUntilAsync(async () => (await search.Client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.OK, "the search node is ready");
        Assert.Equal(50, (await search.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
        Assert.NotEqual(indexer.IndexPath, search.IndexPath);

        PrometheusText indexerMetrics = await PrometheusText.ScrapeAsync(indexer);
        PrometheusText searchMetrics = await PrometheusText.ScrapeAsync(search);
        Assert.Equal(sequences.Max(), Assert.Single(indexerMetrics.Find("searchengine_cluster_last_applied_sequence")).Value);
        Assert.Single(indexerMetrics.Find("searchengine_cluster_stream_pending"));
        Assert.True(Assert.Single(searchMetrics.Find("searchengine_cluster_replication_lag_milliseconds")).Value >= 0);
        Assert.DoesNotContain(searchMetrics.Samples, sample => sample.Name.StartsWith("searchengine_cluster_last_applied", StringComparison.Ordinal));

        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/klynge-7");
        delete.Headers.Add("X-Api-Key", RunningServer.ApiKey);
        using HttpResponseMessage deleted = await search.Client.SendAsync(delete, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
        using JsonDocument receipt = JsonDocument.Parse(await deleted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("delete", receipt.RootElement.GetProperty("change").GetString());
        Assert.True(receipt.RootElement.GetProperty("sequence").GetUInt64() > sequences.Max());

        await ClusterNode.WaitUntilAsync(async () => await ClusterNode.CountAsync(search, "klyngeprøve") == 49, "the deleted article disappears from the search node");
        using HttpResponseMessage gone = await search.Client.GetAsync("/api/articles/klynge-7", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(1, await ClusterNode.CountAsync(search, "ord8"));
    }

    [Fact]
    public async Task ADeleteOfAnArticleTheNodeHasNotSeenIsAcceptedNotAnswered404()
    {
        InstalledNats.SkipWhenMissing();
        using NatsServerProcess nats = await NatsServerProcess.StartAsync(temp.Path);
        await using RunningServer search = await ClusterNode.StartAsync(Path.Combine(temp.Path, "search"), nats.Url, "search", "search-1");

        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/never-seen");
        delete.Headers.Add("X-Api-Key", RunningServer.ApiKey);
        using HttpResponseMessage response = await search.Client.SendAsync(delete, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task AnInvalidArticleIsRefusedAsAloneAndNothingIsPublished()
    {
        InstalledNats.SkipWhenMissing();
        using NatsServerProcess nats = await NatsServerProcess.StartAsync(temp.Path);
        await using RunningServer search = await ClusterNode.StartAsync(Path.Combine(temp.Path, "search"), nats.Url, "search", "search-1");

        using HttpResponseMessage bad = await search.PutArticleAsync("bad", new { lang = "de", body = "Text." });
        ulong next = await ClusterNode.PutAcceptedAsync(search, "good", ClusterNode.Article("gyldig", 1));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(1UL, next);
    }
}
