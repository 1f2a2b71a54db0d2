using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using static SearchEngine.Core.Tests.Index.IndexTestUtil;

namespace SearchEngine.Core.Tests.Index;

/// <summary>Commits held against deletion (<see cref="IndexWriter.HoldLastCommit"/>): what replication copies from.</summary>
public sealed class IndexWriterHoldTests
{
    [Fact]
    public void AHeldCommitsFilesSurviveNewerCommitsAndAForcedMergeUntilReleased()
    {
        using var directory = new RamDirectory();
        using var writer = new IndexWriter(directory);
        CommitPoint held = WriteTwoSegmentsAndHold(writer);

        writer.DeleteDocuments(new Core.Documents.Term("id", "a1"));
        writer.AddDocument(Doc("c1", "tredje"));
        writer.Commit();
        writer.ForceMerge();
        CommitPoint merged = writer.Commit();

        List<string> superseded = [.. held.Files().Except(merged.Files())];
        Assert.Contains(held.FileName, superseded);
        Assert.Contains(superseded, file => file.EndsWith(".si", StringComparison.Ordinal));
        Assert.All(held.Files(), file => Assert.True(directory.FileExists(file), $"{file} of the held commit was deleted"));

        writer.ReleaseCommit(held);

        Assert.All(superseded, file => Assert.False(directory.FileExists(file), $"{file} outlived its released hold"));
        Assert.All(merged.Files(), file => Assert.True(directory.FileExists(file)));
    }

    [Fact]
    public void ACommitHeldTwiceKeepsItsFilesUntilTheSecondRelease()
    {
        using var directory = new RamDirectory();
        using var writer = new IndexWriter(directory);
        CommitPoint first = WriteTwoSegmentsAndHold(writer);
        CommitPoint second = writer.HoldLastCommit();
        writer.AddDocument(Doc("c1", "tredje"));
        writer.Commit();

        writer.ReleaseCommit(first);
        Assert.True(directory.FileExists(first.FileName));

        writer.ReleaseCommit(second);
        Assert.False(directory.FileExists(first.FileName));
    }

    [Fact]
    public void HoldingBeforeAnyCommitIsRefused()
    {
        using var directory = new RamDirectory();
        using var writer = new IndexWriter(directory);

        Assert.Throws<IndexNotFoundException>(writer.HoldLastCommit);
    }

    private static CommitPoint WriteTwoSegmentsAndHold(IndexWriter writer)
    {
        writer.AddDocument(Doc("a1", "første"));
        writer.Commit();
        writer.AddDocument(Doc("b1", "anden"));
        writer.Commit();
        return writer.HoldLastCommit();
    }
}
