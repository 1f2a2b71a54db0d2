using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using static SearchEngine.Core.Tests.Index.IndexTestUtil;

namespace SearchEngine.Core.Tests.Index;

/// <summary>Segments and commits carry random ids: a folder rebuilt in place under the same names is never mixed with what a reader had open.</summary>
public sealed class SegmentIdentityTests : IDisposable
{
    private readonly TempDirectory live = new();
    private readonly TempDirectory elsewhere = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ReopeningAFolderReplacedByAnIndexWithTheSameSegmentNamesShowsOnlyTheNewDocuments(int commitsOfB)
    {
        Build(live.Path, "a", commits: 1);
        using var directory = new FileSystemDirectory(live.Path);
        using DirectoryReader before = DirectoryReader.Open(directory);
        Build(elsewhere.Path, "b", commits: commitsOfB);

        foreach (string file in Directory.GetFiles(live.Path))
        {
            File.Delete(file);
        }

        foreach (string file in Directory.GetFiles(elsewhere.Path))
        {
            File.Copy(file, Path.Combine(live.Path, Path.GetFileName(file)));
        }

        using DirectoryReader? after = DirectoryReader.OpenIfChanged(before);

        Assert.NotNull(after);
        List<string> ids = AllIds(after);
        Assert.All(ids, id => Assert.StartsWith("b-", id));
        Assert.Equal(5 * commitsOfB, ids.Count);
        Assert.Equal(5, AllIds(before).Count);
    }

    [Fact]
    public void ACommitNamingASegmentWhoseInfoHasAnotherIdIsCorruptionNamingTheInfoFile()
    {
        Build(live.Path, "a", commits: 1);
        Build(elsewhere.Path, "b", commits: 1);
        File.Copy(Path.Combine(elsewhere.Path, "_0.si"), Path.Combine(live.Path, "_0.si"), overwrite: true);
        using var directory = new FileSystemDirectory(live.Path);

        var error = Assert.Throws<CorruptIndexException>(() => DirectoryReader.Open(directory));

        Assert.Equal("_0.si", error.Resource);
        Assert.Contains("another index", error.Message);
        VerifyResult verified = IndexVerifier.Verify(directory);
        Assert.False(verified.Ok);
        Assert.Equal("_0.si", verified.BadFile);
    }

    [Fact]
    public void EverySegmentAndCommitGetsItsOwnId()
    {
        Build(live.Path, "a", commits: 2);
        using var directory = new FileSystemDirectory(live.Path);
        using DirectoryReader reader = DirectoryReader.Open(directory);

        Guid[] ids = [reader.Commit.Id, .. reader.Segments.Select(s => s.Info.Id)];

        Assert.Equal(3, ids.Length);
        Assert.DoesNotContain(Guid.Empty, ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void ACommitPointOfFormatVersionOneStillReadsWithAnEmptyId()
    {
        using var directory = new RamDirectory();
        using (IndexOutput output = directory.CreateOutput("segments_1"))
        {
            CodecUtil.WriteHeader(output, "SearchEngine.Commit", 1);
            output.WriteInt64(1);
            output.WriteInt64(0);
            output.WriteVInt32(0);
            output.WriteVInt32(1);
            output.WriteString("timestamp");
            output.WriteString("2020-01-01T00:00:00Z");
            CodecUtil.WriteFooter(output, 1);
        }

        using DirectoryReader reader = DirectoryReader.Open(directory);

        Assert.Equal(Guid.Empty, reader.Commit.Id);
        Assert.Equal(0, reader.NumDocs);
        Assert.Null(DirectoryReader.OpenIfChanged(reader));
    }

    [Theory]
    [InlineData("field")]
    [InlineData("file")]
    [InlineData("diagnostic")]
    public void ASegmentInfoWithACountItsBytesCannotHoldIsCorruptionNotAnAllocation(string which)
    {
        using var directory = new RamDirectory();
        using (IndexOutput output = directory.CreateOutput("_0.si"))
        {
            CodecUtil.WriteHeader(output, "SearchEngine.SegmentInfo", 2);
            output.WriteString("_0");
            output.WriteBytes(Guid.NewGuid().ToByteArray());
            output.WriteInt32(1);
            output.WriteVInt32(which == "field" ? int.MaxValue : 0);
            output.WriteVInt32(which == "file" ? int.MaxValue : 0);
            output.WriteVInt32(which == "diagnostic" ? int.MaxValue : 0);
            CodecUtil.WriteFooter(output, 2);
        }

        var error = Assert.Throws<CorruptIndexException>(() => SegmentInfoFormat.Read(directory, "_0"));

        Assert.Equal("_0.si", error.Resource);
        Assert.Contains($"{which} count", error.Message);
    }

    [Theory]
    [InlineData("segment")]
    [InlineData("user data")]
    public void ACommitPointWithACountItsBytesCannotHoldIsCorruptionNotAnAllocation(string which)
    {
        using var directory = new RamDirectory();
        using (IndexOutput output = directory.CreateOutput("segments_1"))
        {
            CodecUtil.WriteHeader(output, "SearchEngine.Commit", 2);
            output.WriteBytes(Guid.NewGuid().ToByteArray());
            output.WriteInt64(1);
            output.WriteInt64(0);
            output.WriteVInt32(which == "segment" ? int.MaxValue : 0);
            output.WriteVInt32(which == "user data" ? int.MaxValue : 0);
            CodecUtil.WriteFooter(output, 2);
        }

        var error = Assert.Throws<CorruptIndexException>(() => DirectoryReader.Open(directory));

        Assert.Equal("segments_1", error.Resource);
        Assert.Contains($"{which} count", error.Message);
    }

    public void Dispose()
    {
        live.Dispose();
        elsewhere.Dispose();
    }

    /// <summary>Builds an index of <paramref name="commits"/> commits of 5 documents each, one segment per commit.</summary>
    private static void Build(string path, string prefix, int commits)
    {
        using var directory = new FileSystemDirectory(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig { MergeInBackground = false });
        for (int commit = 0; commit < commits; commit++)
        {
            for (int i = 0; i < 5; i++)
            {
                writer.AddDocument(Doc($"{prefix}-{commit}-{i}", "tekst " + prefix));
            }

            writer.Commit();
        }
    }
}
