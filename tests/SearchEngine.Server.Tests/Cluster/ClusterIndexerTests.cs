using System.Net;
using SearchEngine.News.Indexing;
using SearchEngine.Server.Cluster;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Cluster;

/// <summary>The indexer over a real nats-server: stopped and restarted, or replaced by another node, it loses no acknowledged change and applies none twice.</summary>
public sealed class ClusterIndexerTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task AnIndexerStoppedMidStreamAndRestartedOnItsFolderLosesNothingAndIndexesNothingTwice()
    {
        InstalledNats.SkipWhenMissing();
        using NatsServerProcess nats = await NatsServerProcess.StartAsync(temp.Path);
        string folder = Path.Combine(temp.Path, "indexer");
        await using RunningServer writes = await ClusterNode.StartAsync(Path.Combine(temp.Path, "search"), nats.Url, "search", "search-1");
        RunningServer first = await ClusterNode.StartAsync(folder, nats.Url, "both", "indexer-a", "Search:Cluster:BatchSize=5");
        const int Articles = 200;
        var acknowledged = new List<ulong>();
        Task putting = Task.Run(async () =>
        {
            for (int i = 0; i < Articles; i++)
            {
                // Every tenth article is sent twice: a client's retry, a second change of the same id.
                acknowledged.Add(await ClusterNode.PutAcceptedAsync(writes, $"genstart-{i}", ClusterNode.Article("genstartprøve", i)));
                if (i % 10 == 0)
                {
                    acknowledged.Add(await ClusterNode.PutAcceptedAsync(writes, $"genstart-{i}", ClusterNode.Article("genstartprøve", i)));
                }

                // Paced, so the stream is still growing when the first indexer stops.
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }
        });

        await ClusterNode.WaitUntilAsync(() => Task.FromResult(ClusterNode.Metrics(first).LastAppliedSequence >= 5), "the first indexer commits some changes");
        bool midStream = !putting.IsCompleted;
        await first.DisposeAsync();
        Assert.True(midStream, "the first indexer was stopped after the writes ended, not in the middle of the stream");
        await using RunningServer second = await ClusterNode.StartAsync(folder, nats.Url, "both", "indexer-b", "Search:Cluster:BatchSize=5");
        await putting.WaitAsync(ClusterNode.Patience, TestContext.Current.CancellationToken);

        await ClusterNode.WaitUntilAsync(() => Task.FromResult(ClusterNode.Metrics(second).LastAppliedSequence == (long)acknowledged.Max()), "the second indexer commits the last acknowledged change");
        await ClusterNode.WaitUntilAsync(async () => await ClusterNode.CountAsync(writes, "genstartprøve") == Articles, "the search node finds every article");
        Assert.Equal(Articles, (await second.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
        Assert.Equal(Articles, (await writes.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
        using NewsIndex reopened = NewsIndex.Open(folder);
        Assert.Equal(acknowledged.Max(), ClusterIndexer.CommittedSequence(reopened));
    }

    [Fact]
    public async Task ASecondIndexerWithAnEmptyFolderTakesOverFromTheManifestWhenTheFirstStops()
    {
        InstalledNats.SkipWhenMissing();
        using NatsServerProcess nats = await NatsServerProcess.StartAsync(temp.Path);
        await using RunningServer search = await ClusterNode.StartAsync(Path.Combine(temp.Path, "search"), nats.Url, "search", "search-1");
        RunningServer first = await ClusterNode.StartAsync(Path.Combine(temp.Path, "indexer-a"), nats.Url, "indexer", "indexer-a");
        for (int i = 0; i < 10; i++)
        {
            await ClusterNode.PutAcceptedAsync(search, $"overtag-{i}", ClusterNode.Article("overtagelse", i));
        }

        await ClusterNode.WaitUntilAsync(async () => await ClusterNode.CountAsync(search, "overtagelse") == 10, "the search node finds the first indexer's articles");
        await using RunningServer second = await ClusterNode.StartAsync(Path.Combine(temp.Path, "indexer-b"), nats.Url, "indexer", "indexer-b");
        Assert.Null(ClusterNode.Metrics(second).LastAppliedSequence);
        await first.DisposeAsync();
        for (int i = 10; i < 20; i++)
        {
            await ClusterNode.PutAcceptedAsync(search, $"overtag-{i}", ClusterNode.Article("overtagelse", i));
        }

        await ClusterNode.WaitUntilAsync(async () => await ClusterNode.CountAsync(search, "overtagelse") == 20, "the search node finds the second indexer's articles too");
        Assert.Equal(20, (await second.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
        using HttpResponseMessage ready = await search.Client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
