using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NATS.Client.KeyValueStore;
using SearchEngine.Server.Cluster;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Tests.Cluster;

/// <summary>The indexer lease in a real nats-server's key-value bucket: one holder at a time, taken over only once the holder stops renewing.</summary>
public sealed class IndexerLeaseTests : IDisposable
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(2);
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task ASecondIndexerWaitsWhileTheFirstRenewsAndTakesOverWhenItStops()
    {
        InstalledNats.SkipWhenMissing();
        CancellationToken cancel = TestContext.Current.CancellationToken;
        using NatsServerProcess nats = await NatsServerProcess.StartAsync(temp.Path);
        IOptions<SearchOptions> options = Options.Create(new SearchOptions { Cluster = new ClusterOptions { Urls = nats.Url, Replicas = 1, LeaseTtl = Ttl } });
        await using var connection = new ClusterConnection(options);
        using var topology = new ClusterTopology(connection, options, NullLogger<ClusterTopology>.Instance);
        ClusterStores stores = await topology.WaitAsync(cancel);
        var first = new IndexerLease(stores.Leases, "indexer-a", Ttl, NullLogger.Instance);
        var second = new IndexerLease(stores.Leases, "indexer-b", Ttl, NullLogger.Instance);

        ulong taken = await first.AcquireAsync(cancel);
        using var firstLost = new CancellationTokenSource();
        using var firstRenewing = new CancellationTokenSource();
        Task<ulong> renewals = first.KeepAsync(taken, firstLost, firstRenewing.Token);
        Task<ulong> waiting = second.AcquireAsync(cancel);

        // Renewed more times than fit in one time to live: the value would have expired without them.
        await ClusterNode.WaitUntilAsync(async () => (await stores.Leases.GetEntryAsync<string>(IndexerLease.Key, cancellationToken: cancel)).Revision >= taken + 4, "the first indexer renews its lease four times");
        Assert.False(waiting.IsCompleted, "the second indexer took the lease while the first renewed it");
        Assert.Equal("indexer-a", (await stores.Leases.GetEntryAsync<string>(IndexerLease.Key, cancellationToken: cancel)).Value);

        await firstRenewing.CancelAsync();
        ulong lastRenewal = await renewals;
        ulong takenOver = await waiting.WaitAsync(ClusterNode.Patience, cancel);

        Assert.False(firstLost.IsCancellationRequested);
        Assert.Equal("indexer-b", (await stores.Leases.GetEntryAsync<string>(IndexerLease.Key, cancellationToken: cancel)).Value);
        Assert.True(takenOver > lastRenewal);

        // The deposed indexer's next renewal fails on the revision, and says so at once.
        using var deposedLost = new CancellationTokenSource();
        using var deposedRenewing = new CancellationTokenSource();
        await first.KeepAsync(lastRenewal, deposedLost, deposedRenewing.Token).WaitAsync(ClusterNode.Patience, cancel);
        Assert.True(deposedLost.IsCancellationRequested);
        Assert.Equal("indexer-b", (await stores.Leases.GetEntryAsync<string>(IndexerLease.Key, cancellationToken: cancel)).Value);
    }
}
