using SearchEngine.Core.Index;
using SearchEngine.Core.Tests.Store;
using static SearchEngine.Core.Tests.Index.IndexTestUtil;

namespace SearchEngine.Core.Tests.Index;

/// <summary>Focused cases of commit durability over a simulated disk (the randomized ones are in CrashAndFailureTests).</summary>
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
}
