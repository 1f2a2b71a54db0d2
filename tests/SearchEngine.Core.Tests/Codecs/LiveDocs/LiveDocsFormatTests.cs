using SearchEngine.Core.Codecs.LiveDocs;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Tests.Codecs.LiveDocs;

public sealed class LiveDocsFormatTests
{
    [Theory]
    [InlineData("ram", 0)]
    [InlineData("ram", 1)]
    [InlineData("ram", 63)]
    [InlineData("ram", 64)]
    [InlineData("fs", 65)]
    [InlineData("fs", 10_000)]
    public void RandomDeletionsRoundTrip(string kind, int maxDoc)
    {
        using var test = new TestDirectory(kind);
        var random = new Random(maxDoc);
        var live = new FixedBitSet(maxDoc);
        live.SetAll();
        for (int i = 0; i < maxDoc / 3; i++)
        {
            live.Clear(random.Next(maxDoc));
        }

        int deleted = maxDoc - live.Cardinality();
        LiveDocsFormat.Write(test.Directory, "_5", 3, live, deleted);

        FixedBitSet read = LiveDocsFormat.Read(test.Directory, "_5", 3, maxDoc, deleted);

        Assert.Equal(maxDoc, read.Length);
        Assert.Equal(live.Words, read.Words);
    }

    [Fact]
    public void TheFileIsNamedBySegmentAndGenerationInBase36()
    {
        using var directory = new RamDirectory();
        var live = new FixedBitSet(4);
        live.SetAll();
        live.Clear(1);

        LiveDocsFormat.Write(directory, "_a", 37, live, 1);

        Assert.True(directory.FileExists("_a_11.liv"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(99)]
    public void ADeletionCountDifferentFromTheCommitsIsCorrupt(int expectedDeletedCount)
    {
        using var directory = new RamDirectory();
        var live = new FixedBitSet(100);
        live.SetAll();
        live.Clear(10);
        LiveDocsFormat.Write(directory, "_0", 1, live, 1);

        var error = Assert.Throws<CorruptIndexException>(() => LiveDocsFormat.Read(directory, "_0", 1, 100, expectedDeletedCount));

        Assert.Equal("_0_1.liv", error.Resource);
        Assert.Contains("deleted", error.Message);
    }

    [Fact]
    public void AFileOfAnotherSizeOrGenerationIsCorrupt()
    {
        using var directory = new RamDirectory();
        var live = new FixedBitSet(100);
        LiveDocsFormat.Write(directory, "_0", 1, live, 100);
        directory.Rename("_0_1.liv", "_0_2.liv");

        Assert.Throws<CorruptIndexException>(() => LiveDocsFormat.Read(directory, "_0", 2, 100, 100));
        directory.Rename("_0_2.liv", "_0_1.liv");
        Assert.Throws<CorruptIndexException>(() => LiveDocsFormat.Read(directory, "_0", 1, 101, 100));
    }

    [Fact]
    public void WritingAWrongDeletionCountIsRejected()
    {
        using var directory = new RamDirectory();
        var live = new FixedBitSet(10);
        live.SetAll();

        Assert.Throws<ArgumentException>(() => LiveDocsFormat.Write(directory, "_0", 1, live, 1));
        Assert.False(directory.FileExists("_0_1.liv"));
    }

    [Fact]
    public void EveryDamagedByteOrTruncationIsDetectedAtOpenNamingTheFile()
    {
        using var directory = new RamDirectory();
        var live = new FixedBitSet(130);
        live.SetAll();
        live.Clear(0);
        live.Clear(64);
        live.Clear(129);
        LiveDocsFormat.Write(directory, "_2", 7, live, 3);

        CorruptionAssert.EveryDamageIsDetectedAtOpen(directory, "_2_7.liv", () => LiveDocsFormat.Read(directory, "_2", 7, 130, 3));
    }
}
