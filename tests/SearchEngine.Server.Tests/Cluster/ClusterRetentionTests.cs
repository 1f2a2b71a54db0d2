using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;
using NATS.Client.ObjectStore;
using NATS.Client.ObjectStore.Models;
using SearchEngine.News.Replication;
using SearchEngine.Server.Cluster;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Cluster;

/// <summary>
/// Once a commit is published, the indexer purges the changes it holds from the stream and deletes the objects no
/// manifest uses, so neither grows without end (<c>ClusterRetention</c>).
/// </summary>
public sealed class ClusterRetentionTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task ThePublishedCommitsChangesArePurgedAndTheFilesNoManifestUsesAreDeleted()
    {
        InstalledNats.SkipWhenMissing();
        CancellationToken cancel = TestContext.Current.CancellationToken;
        using NatsServerProcess nats = await NatsServerProcess.StartAsync(temp.Path);
        await using RunningServer indexer = await ClusterNode.StartAsync(Path.Combine(temp.Path, "indexer"), nats.Url, "indexer", "indexer-1", "Search:Cluster:UnusedFileRetention=00:00:00");
        await ClusterNode.WaitUntilAsync(async () => (await indexer.Client.GetAsync("/healthz/ready", cancel)).StatusCode == System.Net.HttpStatusCode.OK, "the indexer is ready");

        await using var connection = new NatsConnection(new NatsOpts { Url = nats.Url });
        var js = new NatsJSContext(connection);
        var defaults = new ClusterOptions();
        INatsKVStore manifests = await new NatsKVContext(js).GetStoreAsync(defaults.ManifestBucket, cancel);
        INatsObjStore files = await new NatsObjContext(js).GetObjectStoreAsync(defaults.ObjectStore, cancel);
        NewsCommitManifest first = await LatestAsync(manifests, defaults, cancel);

        for (int i = 0; i < 5; i++)
        {
            await ClusterNode.PutAcceptedAsync(indexer, $"behold-{i}", ClusterNode.Article("opbevaring", i));
        }

        NewsCommitManifest latest = first;
        HashSet<string> stored = [];
        StreamState state = new();
        await ClusterNode.WaitUntilAsync(
            async () =>
            {
                latest = await LatestAsync(manifests, defaults, cancel);
                stored = await StoredAsync(files, cancel);
                state = (await js.GetStreamAsync(defaults.Stream, cancellationToken: cancel)).Info.State;
                return await ClusterNode.CountAsync(indexer, "opbevaring") == 5 && state.Messages == 0
                    && stored.IsSupersetOf(Names(latest)) && !stored.Overlaps(Names(first).Except(Names(latest)));
            },
            "the indexer purges the stream and deletes the objects only earlier manifests used");

        Assert.True(latest.Generation > first.Generation);
        Assert.True(state.FirstSeq > 5, $"the stream starts at {state.FirstSeq}");
        Assert.NotEmpty(Names(first).Except(Names(latest)));
    }

    private static async Task<NewsCommitManifest> LatestAsync(INatsKVStore manifests, ClusterOptions defaults, CancellationToken cancel)
    {
        NewsCommitManifest? manifest = null;
        await ClusterNode.WaitUntilAsync(
            async () =>
            {
                try
                {
                    manifest = NewsCommitManifest.Parse((await manifests.GetEntryAsync<string>(defaults.ManifestKey, cancellationToken: cancel)).Value!);
                    return true;
                }
                catch (NatsKVKeyNotFoundException)
                {
                    return false;
                }
            },
            "the indexer publishes a manifest");
        return manifest!;
    }

    private static async Task<HashSet<string>> StoredAsync(INatsObjStore files, CancellationToken cancel)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (ObjectMetadata info in files.ListAsync(cancellationToken: cancel))
        {
            names.Add(info.Name);
        }

        return names;
    }

    private static HashSet<string> Names(NewsCommitManifest manifest) => manifest.Files.Select(CommitPublisher.ObjectName).ToHashSet(StringComparer.Ordinal);
}
