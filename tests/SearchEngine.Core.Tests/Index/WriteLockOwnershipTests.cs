using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using static SearchEngine.Core.Tests.Index.IndexTestUtil;

namespace SearchEngine.Core.Tests.Index;

/// <summary>A writer whose lock file was deleted or taken over under it commits nothing and deletes nothing (real files).</summary>
public sealed class WriteLockOwnershipTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private string LockPath => Path.Combine(temp.Path, IndexFileNames.WriteLock);

    [Fact]
    public void ACommitAfterTheLockFileWasDeletedThrowsNamingItAndTheIndexKeepsItsLastCommit()
    {
        using var directory = new FileSystemDirectory(temp.Path);
        var writer = new IndexWriter(directory, new IndexWriterConfig { MergeInBackground = false });
        writer.AddDocument(Doc("a", "første"));
        writer.Commit();
        writer.AddDocument(Doc("b", "anden"));

        File.Delete(LockPath);
        var error = Assert.Throws<LockLostException>(() => writer.Commit());
        writer.Dispose();

        Assert.Contains(LockPath, error.Message);
        Assert.False(directory.FileExists("segments_2"));
        Assert.True(IndexVerifier.Verify(directory).Ok);
        using DirectoryReader reader = DirectoryReader.Open(directory);
        Assert.Equal(1, reader.Generation);
        Assert.Equal(["a"], AllIds(reader));
    }

    [Fact]
    public void AWriterWhoseLockAnotherWriterTookOverCommitsNothingAndLeavesTheOthersFilesAlone()
    {
        using var directory = new FileSystemDirectory(temp.Path);
        var first = new IndexWriter(directory, new IndexWriterConfig { MergeInBackground = false });
        first.AddDocument(Doc("a", "første"));
        first.Commit();
        first.AddDocument(Doc("b", "anden"));

        File.Delete(LockPath);
        using var otherDirectory = new FileSystemDirectory(temp.Path);
        using var second = new IndexWriter(otherDirectory, new IndexWriterConfig { MergeInBackground = false });
        second.AddDocument(Doc("c", "tredje"));
        second.Commit();
        second.AddDocument(Doc("d", "fjerde"));
        second.GetReader().Dispose();

        var error = Assert.Throws<LockLostException>(() => first.Commit());
        Assert.Contains("replaced by another writer", error.Message);
        first.Dispose();
        second.Commit();

        Assert.True(IndexVerifier.Verify(directory).Ok, IndexVerifier.Verify(directory).Problem);
        using DirectoryReader reader = DirectoryReader.Open(directory);
        Assert.Equal(["a", "c", "d"], AllIds(reader));
        Assert.True(File.Exists(LockPath + ".holder"), "the first writer deleted the second's holder note");
    }

    [Fact]
    public void AWriterThatStillHoldsItsLockCommits()
    {
        using var directory = new FileSystemDirectory(temp.Path);
        using var writer = new IndexWriter(directory);
        writer.AddDocument(Doc("a", "første"));

        Assert.Equal(1, writer.Commit().Generation);
    }

    public void Dispose() => temp.Dispose();
}
