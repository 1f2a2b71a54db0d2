using SearchEngine.News.Engines;

namespace SearchEngine.Cli.Tests.Indexing;

/// <summary>
/// Corruption is caught, never served, on the engine under test (<see cref="TestEngine"/>): a flipped byte in any
/// kind of index file makes <c>verify</c> fail naming the file, and a search fails with an error naming it.
/// </summary>
public sealed class CorruptedIndexTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly string pristine;

    public CorruptedIndexTests()
    {
        pristine = Path.Combine(temp.Path, "pristine");
        string input = Path.Combine(temp.Path, "articles.jsonl");
        SyntheticArticles.Write(input, "doc", 400, seed: 3);
        Assert.Equal(0, Searchctl.Run(string.Empty, "rebuild", "--index", pristine, "--source", input).ExitCode);
        Assert.Equal(0, Searchctl.Run(string.Empty, "delete", "--index", pristine, "doc-1", "doc-2").ExitCode);
    }

    /// <summary>The kinds of file each engine writes for the test index (the Lucene.Net engine packs a segment into a compound file).</summary>
    public static readonly string[] FileKinds = (TestEngine.Name ?? NewsEngines.Default) == NewsEngines.LuceneNet
        ? ["si", "cfs", "cfe", "del", "segments"]
        : ["si", "tim", "tip", "doc", "pos", "nrm", "fdt", "dv", "liv", "segments"];

    public static TheoryData<string> Kinds => [.. FileKinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AFlippedByteFailsVerifyAndOpenNamingTheFile(string kind)
    {
        string file = FileOfKind(kind);
        long length = new FileInfo(Path.Combine(pristine, file)).Length;
        long[] positions = [0, length / 3, length / 2, length - 20, length - 1];
        foreach (long position in positions.Distinct())
        {
            string copy = CopyWithFlippedByte(file, position);

            ProcessResult verify = Searchctl.Run(string.Empty, "verify", "--index", copy);
            Assert.True(verify.ExitCode != 0, $"verify passed with byte {position} of {file} flipped");
            Assert.Contains(file, verify.StandardError);

            ProcessResult search = Searchctl.Run(string.Empty, "search", "--index", copy, "regeringen");
            Assert.True(search.ExitCode != 0, $"search ran with byte {position} of {file} flipped");
            Assert.Contains(file, search.StandardError);
        }
    }

    [Fact]
    public void TheUntouchedIndexVerifies()
    {
        ProcessResult verify = Searchctl.Run(string.Empty, "verify", "--index", pristine);
        Assert.Equal(0, verify.ExitCode);
        Assert.StartsWith("ok: ", verify.StandardOutput);
        Assert.Equal(FileKinds.Length, FileKinds.Select(FileOfKind).Distinct().Count());
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        string file = FileOfKind(FileKinds[1]);
        string copy = CopyWithFlippedByte(file, -1);
        File.Delete(Path.Combine(copy, file));

        ProcessResult verify = Searchctl.Run(string.Empty, "verify", "--index", copy);

        Assert.NotEqual(0, verify.ExitCode);
        Assert.Contains(file, verify.StandardError);
    }

    public void Dispose() => temp.Dispose();

    private string FileOfKind(string kind)
    {
        IEnumerable<string> names = Directory.GetFiles(pristine).Select(Path.GetFileName)!;
        string? file = kind == "segments"
            ? names.Where(n => n.StartsWith("segments_", StringComparison.Ordinal)).Order(StringComparer.Ordinal).LastOrDefault()
            : names.Where(n => n.StartsWith('_') && n.EndsWith("." + kind, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
        return file ?? throw new InvalidOperationException($"the test index has no .{kind} file: {string.Join(", ", names)}");
    }

    /// <summary>Copies the pristine index and flips every bit of the byte at <paramref name="position"/> (-1: no flip).</summary>
    private string CopyWithFlippedByte(string file, long position)
    {
        string copy = Path.Combine(temp.Path, "copy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        foreach (string source in Directory.GetFiles(pristine))
        {
            File.Copy(source, Path.Combine(copy, Path.GetFileName(source)));
        }

        if (position >= 0)
        {
            using var stream = new FileStream(Path.Combine(copy, file), FileMode.Open, FileAccess.ReadWrite);
            stream.Position = position;
            int value = stream.ReadByte();
            stream.Position = position;
            stream.WriteByte((byte)(value ^ 0xFF));
        }

        return copy;
    }
}
