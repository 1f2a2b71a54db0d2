using SearchEngine.Core.Codecs.Norms;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Tests.Codecs.Norms;

public sealed class NormsTests
{
    private static readonly FieldInfos Fields = new(
    [
        new FieldInfo("id", 0, IndexOptions.Docs, HasNorms: false, DocValuesType.None),
        new FieldInfo("title", 1, IndexOptions.DocsAndFreqsAndPositions, HasNorms: true, DocValuesType.None),
        new FieldInfo("body", 2, IndexOptions.DocsAndFreqsAndPositionsAndOffsets, HasNorms: true, DocValuesType.None),
        new FieldInfo("lead", 3, IndexOptions.DocsAndFreqs, HasNorms: true, DocValuesType.None),
    ]);

    [Theory]
    [InlineData("ram", 0)]
    [InlineData("ram", 1)]
    [InlineData("fs", 0)]
    [InlineData("fs", 5000)]
    public void RandomNormsRoundTripAndDocsWithoutTheFieldReadZero(string kind, int maxDoc)
    {
        using var test = new TestDirectory(kind);
        var random = new Random(maxDoc);
        byte[] title = new byte[maxDoc];
        byte[] body = new byte[maxDoc];
        for (int doc = 0; doc < maxDoc; doc++)
        {
            // Every third document has no title: its norm is 0.
            title[doc] = doc % 3 == 0 ? (byte)0 : SmallFloat.IntToByte4(random.Next(1, 30));
            body[doc] = SmallFloat.IntToByte4(random.Next(0, 5000));
        }

        using (var writer = new NormsWriter(test.Directory, "_0", maxDoc))
        {
            writer.AddField(Fields[2], body);
            writer.AddField(Fields[1], title);
            writer.Finish();
        }

        NormsReader reader = NormsReader.Open(test.Directory, "_0", Fields, maxDoc);

        Assert.Equal(maxDoc, reader.MaxDoc);
        NormValues titleNorms = reader.GetNorms(Fields[1])!;
        NormValues bodyNorms = reader.GetNorms(Fields[2])!;
        Assert.Equal(maxDoc, titleNorms.MaxDoc);
        Assert.Equal(title, titleNorms.Values.ToArray());
        for (int doc = 0; doc < maxDoc; doc++)
        {
            Assert.Equal(title[doc], titleNorms.Get(doc));
            Assert.Equal(body[doc], bodyNorms.Get(doc));
        }

        Assert.Null(reader.GetNorms(Fields[3]));
        Assert.Null(reader.GetNorms(Fields[0]));
    }

    [Fact]
    public void EveryDamagedByteOrTruncationIsDetectedAtOpenNamingTheFile()
    {
        using var directory = new RamDirectory();
        using (var writer = new NormsWriter(directory, "_1", 40))
        {
            writer.AddField(Fields[1], Enumerable.Range(0, 40).Select(i => (byte)i).ToArray());
            writer.AddField(Fields[3], new byte[40]);
            writer.Finish();
        }

        CorruptionAssert.EveryDamageIsDetectedAtOpen(directory, "_1.nrm", () => NormsReader.Open(directory, "_1", Fields, 40));
    }

    [Fact]
    public void AFileOpenedAsAnotherSegmentIsCorrupt()
    {
        using var directory = new RamDirectory();
        using (var writer = new NormsWriter(directory, "_1", 3))
        {
            writer.Finish();
        }

        directory.Rename("_1.nrm", "_2.nrm");

        var error = Assert.Throws<CorruptIndexException>(() => NormsReader.Open(directory, "_2", Fields, 3));
        Assert.Equal("_2.nrm", error.Resource);
    }

    [Fact]
    public void NormsOfAFieldTheSegmentDoesNotScoreAreCorrupt()
    {
        using var directory = new RamDirectory();
        using (var writer = new NormsWriter(directory, "_1", 2))
        {
            writer.AddField(Fields[3], [1, 2]);
            writer.Finish();
        }

        var unscored = new FieldInfos([.. Fields.Take(3), Fields[3] with { HasNorms = false }]);

        Assert.Throws<CorruptIndexException>(() => NormsReader.Open(directory, "_1", unscored, 2));
    }

    [Fact]
    public void TheWriterRejectsWrongLengthsRepeatsAndUnscoredFields()
    {
        using var directory = new RamDirectory();
        using var writer = new NormsWriter(directory, "_1", 2);

        Assert.Throws<ArgumentException>(() => writer.AddField(Fields[1], [1, 2, 3]));
        Assert.Throws<ArgumentException>(() => writer.AddField(Fields[0], [1, 2]));
        writer.AddField(Fields[1], [1, 2]);
        Assert.Throws<ArgumentException>(() => writer.AddField(Fields[1], [1, 2]));
    }
}
