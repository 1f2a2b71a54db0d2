using System.Security.Cryptography;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Replication;

namespace SearchEngine.News.Tests.Replication;

/// <summary>A writer's commit held for copying, and its manifest, on each engine (the sealed subclasses at the end).</summary>
public abstract class NewsHeldCommitTests(string engine) : IDisposable
{
    private readonly TempDirectory folder = new();

    [Fact]
    public void TheManifestDescribesTheCommitJustMadeFromTheFilesOnDisk()
    {
        using NewsIndex index = NewsIndex.Open(folder.Path, new NewsIndexOptions { Engine = engine });
        for (int i = 0; i < 12; i++)
        {
            index.Add(ReplicationKit.Article(i));
        }

        NewsCommit commit = index.Commit();
        NewsCommitManifest manifest = index.GetCommitManifest();

        Assert.Equal(engine, manifest.Engine);
        Assert.Equal(commit.Generation, manifest.Generation);
        Assert.Equal(commit.Bytes, manifest.Bytes);
        Assert.StartsWith("segments_", manifest.CommitFile, StringComparison.Ordinal);
        Assert.Equal(ReplicationKit.IndexFiles(folder.Path), ReplicationKit.Names(manifest));
        Assert.Equal(ReplicationKit.Names(manifest), manifest.Files.Select(f => f.Name));
        foreach (NewsCommitFile file in manifest.Files)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(folder.Path, file.Name));
            Assert.Equal(bytes.LongLength, file.Length);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
        }
    }

    [Fact]
    public async Task AHeldFileStaysReadableAfterNewerCommitsAndMergesAndGoesOnceReleased()
    {
        ReplicationKit.WriteBatches(folder.Path, engine, first: 0, count: 20, batches: 2);
        using NewsIndex index = NewsIndex.Open(folder.Path);
        NewsHeldCommit held = index.HoldCommit();
        NewsCommitManifest manifest = held.Manifest;

        // Deletes in every held segment and many more commits, whose merges rewrite the held segments.
        for (int round = 0; round < 25; round++)
        {
            index.Delete(ReplicationKit.Article(round % 20).Id);
            index.Add(ReplicationKit.Article(100 + round));
            index.Add(ReplicationKit.Article(200 + round));
            index.Commit();
        }

        List<string> superseded = [.. ReplicationKit.Names(manifest).Except(ReplicationKit.Names(index.GetCommitManifest()))];
        Assert.Contains(manifest.CommitFile, superseded);
        foreach (NewsCommitFile file in manifest.Files)
        {
            await using Stream stream = held.OpenRead(file.Name);
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, TestContext.Current.CancellationToken)));
            Assert.Equal(file.Length, stream.Length);
        }

        held.Dispose();
        index.Add(ReplicationKit.Article(300));
        index.Commit();

        Assert.All(superseded, name => Assert.False(File.Exists(Path.Combine(folder.Path, name)), $"{name} of the released commit is still on disk"));
        Assert.Throws<ObjectDisposedException>(() => held.OpenRead(manifest.CommitFile));
    }

    [Fact]
    public void AFileTheHeldCommitDoesNotNameIsNotServed()
    {
        ReplicationKit.WriteBatches(folder.Path, engine, first: 0, count: 5, batches: 1);
        using NewsIndex index = NewsIndex.Open(folder.Path);
        using NewsHeldCommit held = index.HoldCommit();

        ArgumentException error = Assert.Throws<ArgumentException>(() => held.OpenRead(NewsEngines.MarkerFile));

        Assert.Contains($"'{NewsEngines.MarkerFile}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HoldingTheCommitOfAFolderWithoutOneFailsAsNotFound()
    {
        using NewsIndex index = NewsIndex.Open(folder.Path, new NewsIndexOptions { Engine = engine });

        Assert.Throws<IndexNotFoundException>(index.HoldCommit);
    }

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class NewsHeldCommitTestsOnNative() : NewsHeldCommitTests(NewsEngines.Native);

public sealed class NewsHeldCommitTestsOnLuceneNet() : NewsHeldCommitTests(NewsEngines.LuceneNet);
