using System.Net;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.KeyValueStore;
using NATS.Client.ObjectStore;
using SearchEngine.News.Replication;
using SearchEngine.Server.Cluster;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Cluster;

/// <summary>A file of a commit damaged in the object store (one flipped byte) is rejected by a search node, which keeps serving its previous commit.</summary>
public sealed class CorruptObjectTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task ASearchNodeRejectsACommitWithAFlippedByteAndKeepsServingThePreviousOne()
    {
        InstalledNats.SkipWhenMissing();
        CancellationToken cancel = TestContext.Current.CancellationToken;
        using NatsServerProcess nats = await NatsServerProcess.StartAsync(temp.Path);
        string searchFolder = Path.Combine(temp.Path, "search");
        await using RunningServer indexer = await ClusterNode.StartAsync(Path.Combine(temp.Path, "indexer"), nats.Url, "indexer", "indexer-1");
        long served;
        await using (RunningServer search = await ClusterNode.StartAsync(searchFolder, nats.Url, "search", "search-1"))
        {
            for (int i = 0; i < 5; i++)
            {
                await ClusterNode.PutAcceptedAsync(search, $"før-{i}", ClusterNode.Article("førskaden", i));
            }

            await ClusterNode.WaitUntilAsync(async () => (await search.Client.GetAsync("/healthz/ready", cancel)).StatusCode == HttpStatusCode.OK && await ClusterNode.CountAsync(search, "førskaden") == 5, "the search node serves the first articles");
            served = (await search.GetJsonAsync("/healthz")).GetProperty("generation").GetInt64();
        }

        for (int i = 0; i < 5; i++)
        {
            await ClusterNode.PutAcceptedAsync(indexer, $"efter-{i}", ClusterNode.Article("efterskaden", i));
        }

        await using var connection = new NatsConnection(new NatsOpts { Url = nats.Url });
        var js = new NatsJSContext(connection);
        INatsKVStore manifests = await new NatsKVContext(js).GetStoreAsync(new ClusterOptions().ManifestBucket, cancel);
        NewsCommitManifest? latest = null;
        await ClusterNode.WaitUntilAsync(
            async () => (latest = NewsCommitManifest.Parse((await manifests.GetEntryAsync<string>(new ClusterOptions().ManifestKey, cancellationToken: cancel)).Value!)).Generation > served
                && await ClusterNode.CountAsync(indexer, "efterskaden") == 5,
            "the indexer publishes a commit with the later articles");
        NewsCommitFile commitPoint = latest!.Find(latest.CommitFile)!;
        INatsObjStore files = await new NatsObjContext(js).GetObjectStoreAsync(new ClusterOptions().ObjectStore, cancel);
        byte[] bytes = await files.GetBytesAsync(CommitPublisher.ObjectName(commitPoint), cancel);
        bytes[bytes.Length / 2] ^= 0x20;
        await files.PutAsync(CommitPublisher.ObjectName(commitPoint), bytes, cancel);

        using var logs = new CapturedLogs();
        await using RunningServer restarted = await ClusterNode.StartAsync(searchFolder, nats.Url, "search", "search-1", logs);
        await ClusterNode.WaitUntilAsync(
            () => Task.FromResult(logs.Entries.Any(entry => entry.StartsWith("Error: Rejected commit generation", StringComparison.Ordinal) && entry.Contains($"'{commitPoint.Name}'", StringComparison.Ordinal))),
            "the search node logs the rejected file by name");

        Assert.Equal(served, (await restarted.GetJsonAsync("/healthz")).GetProperty("generation").GetInt64());
        Assert.Equal(5, await ClusterNode.CountAsync(restarted, "førskaden"));
        Assert.Equal(0, await ClusterNode.CountAsync(restarted, "efterskaden"));
        using HttpResponseMessage ready = await restarted.Client.GetAsync("/healthz/ready", cancel);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.DoesNotContain(Directory.EnumerateFiles(searchFolder), file => Path.GetFileName(file) == commitPoint.Name);
    }
}
