using SearchEngine.Core.Index;
using SearchEngine.Core.Tests.Store;
using static SearchEngine.Core.Tests.Index.IndexTestUtil;

namespace SearchEngine.Core.Tests.Index;

/// <summary>Focused cases of commit durability over a simulated disk (the randomized ones are in <see cref="CrashAndFailureTests"/>).</summary>
public sealed class CommitDurabilityTests
{
    [Fact]
    public void EveryFileACommitNamesIsDurableWhenItReturnsEvenAfterAnEarlierFsyncFailed()
    {
        var directory = new FaultInjectingDirectory(seed: 1);
        // Never disposed: the simulated power loss takes the process with it.
        var writer = new IndexWriter(directory, new IndexWriterConfig { MergeInBackground = false });
        writer.AddDocument(Doc("a", "første artikel"));
        writer.ForceMerge();

        directory.FailureRate = 1;
        Assert.ThrowsAny<IOException>(() => writer.Commit());
        directory.FailureRate = 0;
        CommitPoint commit = writer.Commit();

        Assert.All(commit.Files(), file => Assert.True(directory.IsDurable(file), file + " is named by the commit but not durable"));
        for (int crash = 0; crash < 16; crash++)
        {
            FaultInjectingDirectory rebooted = directory.Crash();
            Assert.True(IndexVerifier.Verify(rebooted).Ok, IndexVerifier.Verify(rebooted).Problem);
            using DirectoryReader reader = DirectoryReader.Open(rebooted);
            Assert.Equal(["a"], AllIds(reader));
        }
    }

    [Fact]
    public void ACommitWhoseDirectorySyncFailedIsRolledBackAndItsGenerationNeverReused()
    {
        var directory = new FaultInjectingDirectory(seed: 2);
        var writer = new IndexWriter(directory, new IndexWriterConfig { MergeInBackground = false });
        writer.AddDocument(Doc("a", "første"));
        writer.Commit();
        writer.AddDocument(Doc("b", "anden"));

        directory.FailWhen = (what, _) => what == "directory fsync";
        Assert.ThrowsAny<IOException>(() => writer.Commit());
        directory.FailWhen = null;

        Assert.False(directory.FileExists("segments_2"), "the failed commit stays visible");
        for (int crash = 0; crash < 16; crash++)
        {
            // The rollback was not durable either: a crash may bring the failed commit back, whole.
            FaultInjectingDirectory rebooted = directory.Crash();
            Assert.True(IndexVerifier.Verify(rebooted).Ok, IndexVerifier.Verify(rebooted).Problem);
            using DirectoryReader reader = DirectoryReader.Open(rebooted);
            Assert.Equal(reader.Generation == 1 ? ["a"] : ["a", "b"], AllIds(reader));
        }
    }

    [Fact]
    public void AfterAFailedDirectorySyncTheNextCommitTakesANewGeneration()
    {
        var directory = new FaultInjectingDirectory(seed: 3);
        using var writer = new IndexWriter(directory, new IndexWriterConfig { MergeInBackground = false });
        writer.AddDocument(Doc("a", "første"));
        writer.Commit();
        writer.AddDocument(Doc("b", "anden"));
        directory.FailWhen = (what, _) => what == "directory fsync";
        Assert.ThrowsAny<IOException>(() => writer.Commit());
        directory.FailWhen = null;

        CommitPoint commit = writer.Commit();

        Assert.Equal(3, commit.Generation);
        using DirectoryReader reader = DirectoryReader.Open(directory);
        Assert.Equal(["a", "b"], AllIds(reader));
    }

    [Fact]
    public void AFlushThatFailsClosesTheWriterAndDisposingRollsBackToTheLastCommit()
    {
        var directory = new FaultInjectingDirectory(seed: 4);
        var writer = new IndexWriter(directory, new IndexWriterConfig { MergeInBackground = false });
        writer.AddDocument(Doc("a", "første"));
        writer.Commit();
        writer.AddDocument(Doc("b", "anden"));

        directory.FailWhen = (what, name) => what == "create" && name.EndsWith(".si", StringComparison.Ordinal);
        Assert.ThrowsAny<IOException>(() => writer.Commit());
        directory.FailWhen = null;

        Assert.NotNull(writer.Tragedy);
        Assert.Throws<InvalidOperationException>(() => writer.Commit());
        Assert.Throws<InvalidOperationException>(() => writer.AddDocument(Doc("c", "tredje")));
        writer.Dispose();
        using (var reopened = new IndexWriter(directory))
        {
            reopened.AddDocument(Doc("c", "tredje"));
            reopened.Commit();
        }

        using DirectoryReader reader = DirectoryReader.Open(directory);
        Assert.Equal(["a", "c"], AllIds(reader));
    }
}
