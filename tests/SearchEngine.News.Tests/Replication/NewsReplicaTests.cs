using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Replication;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Replication;

/// <summary>
/// A replica folder brought to a writer's commits through manifests and a source of file bytes, on each engine (the
/// sealed subclasses at the end): folder A is the writer's, folder B the replica, both real folders on disk.
/// </summary>
public abstract class NewsReplicaTests(string engine) : IDisposable
{
    private readonly TempDirectory writerFolder = new();
    private readonly TempDirectory replicaFolder = new();

    private string A => writerFolder.Path;

    private string B => Path.Combine(replicaFolder.Path, "replica");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnEmptyFolderInstalledFromAHeldCommitServesWhatTheWriterServes()
    {
        ReplicationKit.WriteBatches(A, engine, first: 0, count: 30, batches: 3);

        (NewsCommitManifest manifest, FakeCommitSource source, NewsReplicaInstall result) = await InstallLatestAsync();

        Assert.Equal(ReplicationKit.Names(manifest), source.Requested.Order(StringComparer.Ordinal));
        Assert.Equal(manifest.CommitFile, source.Requested[^1]);
        Assert.Equal(new NewsReplicaInstall(manifest.Generation, manifest.Files.Count, manifest.Bytes, 0), result);
        Assert.Equal(ReplicationKit.Names(manifest), ReplicationKit.IndexFiles(B));
        using NewsIndex writer = NewsIndex.Open(A);
        using NewsIndex replica = NewsIndex.Open(B);
        Assert.Equal(engine, replica.Engine);
        Assert.Equal(ReplicationKit.Answers(writer), ReplicationKit.Answers(replica));
        using NewsSearcherLease lease = replica.AcquireSearcher();
        Assert.Equal(30, lease.Searcher.Documents);
        Assert.Equal(manifest.Generation, lease.Searcher.Generation);
        Assert.True(replica.Verify().Ok);
    }

    [Fact]
    public async Task ANewerCommitFetchesOnlyTheChangedFilesIsServedByRefreshAndPrunesTheOldOnes()
    {
        ReplicationKit.WriteBatches(A, engine, first: 0, count: 30, batches: 3);
        NewsCommitManifest first = (await InstallLatestAsync()).Manifest;
        using NewsIndex replica = NewsIndex.Open(B);
        using (NewsSearcherLease lease = replica.AcquireSearcher())
        {
            Assert.Equal(first.Generation, lease.Searcher.Generation);
        }

        // Adds and deletes in one more commit: the old segments stay and gain deletions, a new one joins them.
        ReplicationKit.WriteBatches(A, engine, first: 30, count: 10, batches: 1, deletes: [0, 1, 2, 13]);
        (NewsCommitManifest second, FakeCommitSource source, NewsReplicaInstall result) = await InstallLatestAsync();

        List<string> changed = ReplicationKit.Changed(first, second);
        Assert.Equal(changed, source.Requested.Order(StringComparer.Ordinal));
        Assert.True(changed.Count < second.Files.Count, $"all {second.Files.Count} files of the second commit were fetched");
        Assert.Equal(changed.Count, result.FilesFetched);
        Assert.NotEmpty(ReplicationKit.Names(first).Except(ReplicationKit.Names(second)));
        Assert.Equal(ReplicationKit.Names(second), ReplicationKit.IndexFiles(B));
        Assert.Empty(ReplicationKit.Temporaries(B));

        Assert.True(replica.Refresh());
        using (NewsSearcherLease lease = replica.AcquireSearcher())
        {
            Assert.Equal(second.Generation, lease.Searcher.Generation);
            Assert.Equal(36, lease.Searcher.Documents);
        }

        using (NewsIndex writer = NewsIndex.Open(A))
        {
            Assert.Equal(ReplicationKit.Answers(writer), ReplicationKit.Answers(replica));
        }

        // Many short commits: the merges they start rewrite segments, so the third commit drops files of the second.
        ReplicationKit.WriteBatches(A, engine, first: 40, count: 50, batches: 25, deletes: [3, 30]);
        (NewsCommitManifest third, source, _) = await InstallLatestAsync();

        Assert.Equal(ReplicationKit.Changed(second, third), source.Requested.Order(StringComparer.Ordinal));
        Assert.Equal(ReplicationKit.Names(third), ReplicationKit.IndexFiles(B));
        Assert.True(replica.Refresh());
        using (NewsIndex writer = NewsIndex.Open(A))
        using (NewsSearcherLease writerLease = writer.AcquireSearcher())
        using (NewsSearcherLease lease = replica.AcquireSearcher())
        {
            Assert.True(writerLease.Searcher.Segments < 25, $"{writerLease.Searcher.Segments} segments after 25 more commits: no merge ran");
            Assert.Equal(84, lease.Searcher.Documents);
            Assert.Equal(ReplicationKit.Answers(writer), ReplicationKit.Answers(replica));
        }

        Assert.True(replica.Verify().Ok);
    }

    [Fact]
    public async Task ASearchInFlightOnACommitThatInstallingPrunedEndsNormally()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Only Linux lets a file be deleted while open and read on (the prune relies on it there; elsewhere it leaves an open file for the next install).");
        ReplicationKit.WriteBatches(A, engine, first: 0, count: 30, batches: 3);
        NewsCommitManifest first = (await InstallLatestAsync()).Manifest;
        using NewsIndex replica = NewsIndex.Open(B);
        using NewsSearcherLease old = replica.AcquireSearcher();
        NewsSearchResponse before = old.Searcher.Search(new NewsSearchRequest("regeringen") { Size = 100 }, Token);

        ReplicationKit.WriteBatches(A, engine, first: 30, count: 60, batches: 20, deletes: [0, 2, 4, 6]);
        NewsCommitManifest second = (await InstallLatestAsync()).Manifest;

        List<string> pruned = [.. ReplicationKit.Names(first).Except(ReplicationKit.Names(second))];
        Assert.NotEmpty(pruned);
        Assert.All(pruned, name => Assert.False(File.Exists(Path.Combine(B, name)), $"{name} was not pruned"));
        NewsSearchResponse after = old.Searcher.Search(new NewsSearchRequest("regeringen") { Size = 100 }, Token);
        Assert.Equal(before.Hits.Select(h => h.Id), after.Hits.Select(h => h.Id));
        Assert.Equal(before.Hits.Select(h => h.Snippets), after.Hits.Select(h => h.Snippets));
        Assert.Equal(first.Generation, old.Searcher.Generation);
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("append")]
    public async Task AFileDifferingFromItsManifestIsRejectedByNameAndTheReplicaKeepsItsCommit(string damage)
    {
        ReplicationKit.WriteBatches(A, engine, first: 0, count: 30, batches: 3);
        NewsCommitManifest first = (await InstallLatestAsync()).Manifest;
        ReplicationKit.WriteBatches(A, engine, first: 30, count: 10, batches: 1, deletes: [5]);

        using (NewsIndex writer = NewsIndex.Open(A))
        using (NewsHeldCommit held = writer.HoldCommit())
        {
            NewsCommitManifest second = held.Manifest;
            NewsCommitFile damaged = second.Files.First(f => f.Name != second.CommitFile && first.Find(f.Name) != f && f.Length > 0);
            var source = new FakeCommitSource(held) { DamagedFile = damaged.Name, Damage = damage };

            InvalidDataException error = await Assert.ThrowsAsync<InvalidDataException>(() => new NewsReplica(B).InstallAsync(second, source.Open, Token));

            Assert.Contains($"'{damaged.Name}'", error.Message, StringComparison.Ordinal);
            Assert.Contains($"expected {damaged.Length} bytes with SHA-256 {damaged.Sha256}", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(second.CommitFile, source.Requested);
        }

        Assert.Empty(ReplicationKit.Temporaries(B));
        Assert.Equal(ReplicationKit.Names(first), ReplicationKit.IndexFiles(B));
        using NewsIndex replica = NewsIndex.Open(B);
        using NewsSearcherLease lease = replica.AcquireSearcher();
        Assert.Equal(first.Generation, lease.Searcher.Generation);
        Assert.Equal(30, lease.Searcher.Documents);
        Assert.True(replica.Verify().Ok);
    }

    [Fact]
    public async Task AnInterruptedInstallLeavesThePreviousCommitAndTheNextInstallCompletesAndCleansUp()
    {
        ReplicationKit.WriteBatches(A, engine, first: 0, count: 30, batches: 3);
        NewsCommitManifest first = (await InstallLatestAsync()).Manifest;
        ReplicationKit.WriteBatches(A, engine, first: 30, count: 10, batches: 1, deletes: [7]);

        using (NewsIndex writer = NewsIndex.Open(A))
        using (NewsHeldCommit held = writer.HoldCommit())
        {
            NewsCommitManifest second = held.Manifest;
            Assert.True(ReplicationKit.Changed(first, second).Count >= 3, "too few changed files to break off in the middle");
            var breaking = new FakeCommitSource(held) { FailOnCall = 2 };

            IOException error = await Assert.ThrowsAsync<IOException>(() => new NewsReplica(B).InstallAsync(second, breaking.Open, Token));
            Assert.Contains("broke off", error.Message, StringComparison.Ordinal);
            Assert.Empty(ReplicationKit.Temporaries(B));
            using (NewsIndex replica = NewsIndex.Open(B))
            using (NewsSearcherLease lease = replica.AcquireSearcher())
            {
                Assert.Equal(first.Generation, lease.Searcher.Generation);
                Assert.Equal(30, lease.Searcher.Documents);
            }

            // What a killed install leaves behind: a file half fetched under its temporary name.
            File.WriteAllBytes(Path.Combine(B, "replica-tmp." + second.Files[0].Name), [1, 2, 3]);
            var source = new FakeCommitSource(held);

            NewsReplicaInstall result = await new NewsReplica(B).InstallAsync(second, source.Open, Token);

            Assert.Equal(second.Generation, result.Generation);
            Assert.Equal(ReplicationKit.Names(second), ReplicationKit.IndexFiles(B));
        }

        Assert.Empty(ReplicationKit.Temporaries(B));
        using NewsIndex installed = NewsIndex.Open(B);
        using NewsSearcherLease latest = installed.AcquireSearcher();
        Assert.Equal(39, latest.Searcher.Documents);
        Assert.True(installed.Verify().Ok);
    }

    [Fact]
    public async Task AManifestOfTheOtherEngineIsRefusedWithoutFetchingAnything()
    {
        ReplicationKit.WriteBatches(A, engine, first: 0, count: 10, batches: 1);
        NewsCommitManifest first = (await InstallLatestAsync()).Manifest;
        string other = engine == NewsEngines.Native ? NewsEngines.LuceneNet : NewsEngines.Native;

        using NewsIndex writer = NewsIndex.Open(A);
        using NewsHeldCommit held = writer.HoldCommit();
        var source = new FakeCommitSource(held);
        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(
            () => new NewsReplica(B).InstallAsync(held.Manifest with { Engine = other, Generation = held.Manifest.Generation + 1 }, source.Open, Token));

        Assert.Contains(engine, error.Message, StringComparison.Ordinal);
        Assert.Contains(other, error.Message, StringComparison.Ordinal);
        Assert.Empty(source.Requested);
        Assert.Equal(ReplicationKit.Names(first), ReplicationKit.IndexFiles(B));
    }

    [Fact]
    public async Task AWritersFolderIsRefusedAsAReplica()
    {
        ReplicationKit.WriteBatches(A, engine, first: 0, count: 10, batches: 1);
        using NewsIndex writer = NewsIndex.Open(A);
        using NewsHeldCommit held = writer.HoldCommit();
        var source = new FakeCommitSource(held);

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => new NewsReplica(A).InstallAsync(held.Manifest, source.Open, Token));

        Assert.Contains("write.lock", error.Message, StringComparison.Ordinal);
        Assert.Empty(source.Requested);
    }

    [Fact]
    public async Task InstallingTheCommitAFolderHoldsFetchesNothing()
    {
        ReplicationKit.WriteBatches(A, engine, first: 0, count: 10, batches: 2);
        NewsCommitManifest first = (await InstallLatestAsync()).Manifest;

        (NewsCommitManifest again, FakeCommitSource source, NewsReplicaInstall result) = await InstallLatestAsync();

        Assert.Equal(first.ToJson(), again.ToJson());
        Assert.Empty(source.Requested);
        Assert.Equal(new NewsReplicaInstall(first.Generation, 0, 0, 0), result);
    }

    public void Dispose()
    {
        writerFolder.Dispose();
        replicaFolder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Holds folder A's latest commit and installs it into B from the held files.</summary>
    private async Task<(NewsCommitManifest Manifest, FakeCommitSource Source, NewsReplicaInstall Result)> InstallLatestAsync()
    {
        using NewsIndex writer = NewsIndex.Open(A);
        using NewsHeldCommit held = writer.HoldCommit();
        var source = new FakeCommitSource(held);
        NewsReplicaInstall result = await new NewsReplica(B).InstallAsync(held.Manifest, source.Open, Token);
        return (held.Manifest, source, result);
    }
}

public sealed class NewsReplicaTestsOnNative() : NewsReplicaTests(NewsEngines.Native);

public sealed class NewsReplicaTestsOnLuceneNet() : NewsReplicaTests(NewsEngines.LuceneNet);
