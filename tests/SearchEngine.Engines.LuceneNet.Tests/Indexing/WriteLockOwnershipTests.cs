using SearchEngine.News.Engines;
using SearchEngine.News.Querying;

namespace SearchEngine.Engines.LuceneNet.Tests.Indexing;

/// <summary>
/// A writer whose lock file was deleted or replaced while it held it (so another writer could lock the folder) does
/// not commit, and closing it leaves the other writer's commits whole.
/// </summary>
public sealed class WriteLockOwnershipTests
{
    [Theory]
    [InlineData("deleted")]
    [InlineData("replaced")]
    public void AWriterThatLostItsLockFileDoesNotCommitAndLeavesTheNewHoldersCommit(string how)
    {
        using var temp = new TempDirectory();
        using (IEngineIndex first = TestIndexes.Open(temp.Path))
        {
            first.Update("id", "base", TestIndexes.WithId("base").Text("body", "hund", "da"));
            first.Commit();
        }

        string lockFile = Path.Combine(temp.Path, "write.lock");
        IEngineIndex lost = TestIndexes.Open(temp.Path);
        lost.Update("id", "lost", TestIndexes.WithId("lost").Text("body", "kat", "da"));
        if (how == "deleted")
        {
            File.Delete(lockFile);
        }
        else
        {
            string other = lockFile + ".other";
            File.WriteAllText(other, string.Empty);
            File.Move(other, lockFile, overwrite: true);
        }

        using (IEngineIndex second = TestIndexes.Open(temp.Path))
        {
            second.Update("id", "second", TestIndexes.WithId("second").Text("body", "fisk", "da"));
            second.Commit();
        }

        var refused = Assert.Throws<IOException>(() => lost.Commit());
        Assert.Contains(lockFile, refused.Message, StringComparison.Ordinal);
        lost.Dispose();

        using IEngineIndex reopened = TestIndexes.Open(temp.Path);
        using IEngineSnapshot snapshot = reopened.OpenSnapshot();
        Assert.Equal(1, snapshot.Search(new TermQuery("id", "base"), 10).TotalHits);
        Assert.Equal(1, snapshot.Search(new TermQuery("id", "second"), 10).TotalHits);
        Assert.Equal(0, snapshot.Search(new TermQuery("id", "lost"), 10).TotalHits);
        Assert.True(reopened.Verify().Ok);
    }

    [Fact]
    public void AWriterThatKeptItsLockCommits()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        index.Update("id", "a", TestIndexes.WithId("a").Text("body", "hund", "da"));

        Assert.Equal(1, index.Commit().LiveDocs);
    }
}
