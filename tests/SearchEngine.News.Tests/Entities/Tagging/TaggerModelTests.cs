using SearchEngine.News.Entities.Tagging;

namespace SearchEngine.News.Tests.Entities.Tagging;

public sealed class TaggerModelTests
{
    private static TaggerModel SmallModel()
    {
        var first = new TaggerWeights();
        first.All.Clear();
        int row = first.RowOf(7);
        first.All[(row * EntityTags.Count) + (int)EntityTag.BeginPerson] = 2.5f;
        var second = new TaggerWeights();
        row = second.RowOf(11);
        second.All[(row * EntityTags.Count) + (int)EntityTag.BeginOrganization] = -1.25f;
        return new TaggerModel(first, second);
    }

    private static float[] Scores(TaggerWeights weights, ulong feature)
    {
        float[] scores = new float[EntityTags.Count];
        weights.Score([feature], scores);
        return scores;
    }

    [Fact]
    public void AWrittenModelReadsBackWithTheSameWeights()
    {
        using var stream = new MemoryStream();
        SmallModel().Write(stream);
        stream.Position = 0;

        TaggerModel read = TaggerModel.Read(stream);

        Assert.Equal(2.5f, Scores(read.First, 7)[(int)EntityTag.BeginPerson]);
        Assert.Equal(-1.25f, Scores(read.Second, 11)[(int)EntityTag.BeginOrganization]);
        Assert.All(Scores(read.First, 99), s => Assert.Equal(0f, s));
    }

    [Fact]
    public void ACutShortModelIsRejectedAsCutShort()
    {
        using var stream = new MemoryStream();
        SmallModel().Write(stream);
        byte[] whole = stream.ToArray();
        using var cut = new MemoryStream(UncompressedPrefix(whole, 20));

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => TaggerModel.Read(cut));
        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherFileIsRejectedByItsMagic()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("not a model at all"u8);
        }

        stream.Position = 0;
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => TaggerModel.Read(stream));
        Assert.Contains("magic", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Returns a gzip stream holding only the first <paramref name="bytes"/> bytes of the model's content.</summary>
    private static byte[] UncompressedPrefix(byte[] model, int bytes)
    {
        using var input = new System.IO.Compression.GZipStream(new MemoryStream(model), System.IO.Compression.CompressionMode.Decompress);
        using var content = new MemoryStream();
        input.CopyTo(content);
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content.ToArray().AsSpan(0, bytes));
        }

        return output.ToArray();
    }
}
