using SearchEngine.News.Engines;

namespace SearchEngine.Engines.LuceneNet.Tests.Indexing;

public sealed class IndexVerifierTests
{
    [Fact]
    public void A_sound_index_verifies_with_its_commits_figures()
    {
        using var temp = new TempDirectory();
        using IEngineIndex index = TestIndexes.Open(temp.Path);
        EngineCommit commit = Build(index);

        EngineVerifyResult result = index.Verify();

        Assert.True(result.Ok, result.Problem);
        Assert.Equal(commit.Generation, result.Generation);
        Assert.Equal(commit.LiveDocs, result.LiveDocs);
        Assert.Equal(commit.Bytes, result.Bytes);
        Assert.Equal(2, result.Segments);
        Assert.Null(result.BadFile);
        Assert.Null(result.Problem);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.999)]
    public void A_flipped_byte_in_a_segment_file_names_that_file(double where)
    {
        using var temp = new TempDirectory();
        using (IEngineIndex index = TestIndexes.Open(temp.Path))
        {
            Build(index);
        }

        string victim = Directory.GetFiles(temp.Path)
            .Where(static f => Path.GetFileName(f).StartsWith('_'))
            .OrderByDescending(static f => new FileInfo(f).Length)
            .First();
        FlipByte(victim, (long)(new FileInfo(victim).Length * where));

        using IEngineIndex reopened = TestIndexes.Open(temp.Path);
        EngineVerifyResult result = reopened.Verify();

        Assert.False(result.Ok);
        Assert.Equal(Path.GetFileName(victim), result.BadFile);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem));
        Assert.Equal(2, result.Segments);
    }

    [Fact]
    public void A_damaged_commit_file_names_the_segments_file()
    {
        using var temp = new TempDirectory();
        using (IEngineIndex index = TestIndexes.Open(temp.Path))
        {
            Build(index);
        }

        string segments = Directory.GetFiles(temp.Path, "segments_*").Single();
        FlipByte(segments, new FileInfo(segments).Length - 3);

        using IEngineIndex reopened = TestIndexes.Open(temp.Path);
        EngineVerifyResult result = reopened.Verify();

        Assert.False(result.Ok);
        Assert.Equal(Path.GetFileName(segments), result.BadFile);
        Assert.Contains("commit", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*.si")]
    [InlineData("*.cfs")]
    [InlineData("*.del")]
    public void A_missing_segment_file_is_named(string pattern)
    {
        using var temp = new TempDirectory();
        using (IEngineIndex index = TestIndexes.Open(temp.Path))
        {
            Build(index);
        }

        string victim = Directory.GetFiles(temp.Path, pattern).Order(StringComparer.Ordinal).Last();
        File.Delete(victim);

        using IEngineIndex reopened = TestIndexes.Open(temp.Path);
        EngineVerifyResult result = reopened.Verify();

        Assert.False(result.Ok);
        Assert.Equal(Path.GetFileName(victim), result.BadFile);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    // Two commits of several kinds of field: two segments.
    private static EngineCommit Build(IEngineIndex index)
    {
        for (int i = 0; i < 20; i++)
        {
            string id = "a" + i;
            index.Update("id", id, TestIndexes.WithId(id)
                .Text("body", $"hunden løber {i} gange rundt om huset", "da")
                .Stored("title", "Overskrift " + i)
                .Facet("person", "Person " + (i % 3))
                .Numeric("date", 20240101 + i));
        }

        index.Commit();
        index.Update("id", "a0", TestIndexes.WithId("a0").Text("body", "katten sover", "da"));
        return index.Commit();
    }

    private static void FlipByte(string file, long position)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = position;
        int value = stream.ReadByte();
        stream.Position = position;
        stream.WriteByte((byte)(value ^ 0x5A));
    }
}
