using SearchEngine.News.Replication;

namespace SearchEngine.News.Tests.Replication;

/// <summary>The JSON form of a commit manifest and the checks that keep a malformed one from reaching a replica.</summary>
public sealed class NewsCommitManifestTests : IDisposable
{
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private const string Valid =
        """{"formatVersion":1,"engine":"native","generation":12,"commitFile":"segments_c","files":[{"name":"_0.si","length":310,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},{"name":"segments_c","length":4,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}""";

    private readonly TempDirectory folder = new();

    [Fact]
    public void AManifestIsWrittenAsTheDocumentedJsonAndReadBack()
    {
        var manifest = new NewsCommitManifest("native", 12, "segments_c", [new("_0.si", 310, Sha), new("segments_c", 4, Sha)]);

        string json = manifest.ToJson();
        NewsCommitManifest read = NewsCommitManifest.Parse(json);

        Assert.Equal(Valid, json);
        Assert.Equal((manifest.Engine, manifest.Generation, manifest.CommitFile), (read.Engine, read.Generation, read.CommitFile));
        Assert.Equal(manifest.Files, read.Files);
        Assert.Equal(314, read.Bytes);
    }

    [Fact]
    public void UnknownPropertiesAreIgnored()
    {
        NewsCommitManifest read = NewsCommitManifest.Parse(Valid.Replace("\"generation\":12,", "\"generation\":12,\"uploadedBy\":\"indexer-1\",", StringComparison.Ordinal));

        Assert.Equal(12, read.Generation);
    }

    [Theory]
    [InlineData("{", "not JSON")]
    [InlineData("[]", "the top level is an array, not an object")]
    [InlineData("""{"engine":"native"}""", "formatVersion is missing")]
    [InlineData("""{"formatVersion":2}""", "formatVersion 2 is not supported; this reader knows version 1")]
    [InlineData("""{"formatVersion":1,"engine":"solr","generation":1,"commitFile":"s","files":[]}""", "engine 'solr' is not one of: lucenenet, native")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":"12","commitFile":"s","files":[]}""", "generation is the string \"12\", not a whole number")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1.5,"commitFile":"s","files":[]}""", "generation is the number 1.5, not a whole number")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":0,"commitFile":"s","files":[]}""", "generation 0 is not a commit's")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1,"files":[]}""", "commitFile is missing")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1,"commitFile":"s"}""", "files is missing")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1,"commitFile":"s","files":{}}""", "files is an object, not an array")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1,"commitFile":"s","files":[]}""", "files is empty")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1,"commitFile":"s","files":[7]}""", "files[0] is the number 7, not an object")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1,"commitFile":"s","files":[{"name":"s","sha256":"SHA"}]}""", "files[0].length is missing")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1,"commitFile":"s","files":[{"name":"../s","length":1,"sha256":"SHA"}]}""", "files[0].name '../s' is not a plain file name")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1,"commitFile":"s","files":[{"name":"engine","length":1,"sha256":"SHA"}]}""", "files[0].name 'engine' is a name a replica keeps for itself")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1,"commitFile":"s","files":[{"name":"s","length":1,"sha256":"SHA"},{"name":"s","length":1,"sha256":"SHA"}]}""", "files[1].name 's' is listed twice")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1,"commitFile":"s","files":[{"name":"s","length":-1,"sha256":"SHA"}]}""", "files[0].length -1 of 's' is negative")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1,"commitFile":"s","files":[{"name":"s","length":1,"sha256":"ABC"}]}""", "files[0].sha256 'ABC' of 's' is not 64 lower-case hexadecimal digits")]
    [InlineData("""{"formatVersion":1,"engine":"native","generation":1,"commitFile":"t","files":[{"name":"s","length":1,"sha256":"SHA"}]}""", "commitFile 't' is not one of the files")]
    public void AMalformedManifestIsRejectedNamingWhatIsWrong(string json, string problem)
    {
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => NewsCommitManifest.Parse(json.Replace("SHA", Sha, StringComparison.Ordinal)));

        Assert.StartsWith("Malformed commit manifest: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplicaRefusesAManifestNamingAFileOutsideItsFolder()
    {
        string replica = Path.Combine(folder.Path, "replica");
        var manifest = new NewsCommitManifest("native", 1, "segments_1", [new("../escaped", 3, Sha), new("segments_1", 3, Sha)]);
        var requested = new List<string>();

        InvalidDataException error = await Assert.ThrowsAsync<InvalidDataException>(() => new NewsReplica(replica).InstallAsync(
            manifest,
            (name, _) =>
            {
                requested.Add(name);
                return Task.FromResult<Stream>(new MemoryStream([1, 2, 3]));
            },
            TestContext.Current.CancellationToken));

        Assert.Contains("'../escaped' is not a plain file name", error.Message, StringComparison.Ordinal);
        Assert.Empty(requested);
        Assert.False(File.Exists(Path.Combine(folder.Path, "escaped")));
    }

    public void Dispose() => folder.Dispose();
}
