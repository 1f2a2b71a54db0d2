using SearchEngine.Core.Codecs.Postings;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Codecs.Postings;

public sealed class InvertedIndexWriterTests
{
    private static readonly FieldInfo Body = new("body", 0, IndexOptions.DocsAndFreqsAndPositionsAndOffsets, true, DocValuesType.None);
    private static readonly FieldInfo Id = new("id", 1, IndexOptions.Docs, false, DocValuesType.None);
    private static readonly FieldInfo Stored = new("stored", 2, IndexOptions.None, false, DocValuesType.None);
    private static readonly FieldInfos Infos = new([Body, Id, Stored]);

    [Fact]
    public void EmptyTermsAndFieldsAreLeftOutAndAnEmptySegmentOpens()
    {
        var dir = new RamDirectory();
        using (var writer = new InvertedIndexWriter(dir, "_e", 4))
        {
            writer.StartField(Body, new byte[4]);
            writer.StartTerm("a"u8);
            writer.FinishTerm();
            writer.StartTerm("b"u8);
            writer.StartDoc(2, 1);
            writer.AddPosition(0, 0, 1);
            writer.FinishDoc();
            writer.FinishTerm();
            writer.FinishField();
            writer.StartField(Id, []);
            writer.FinishField();
            writer.Finish();
        }

        using (InvertedIndexReader reader = InvertedIndexReader.Open(dir, "_e", Infos, 4))
        {
            Terms body = reader.GetTerms("body")!;
            Assert.Equal(1, body.TermCount);
            Assert.Equal(1, body.DocCount);
            TermsEnum termsEnum = body.GetIterator();
            Assert.False(termsEnum.SeekExact("a"u8));
            Assert.True(termsEnum.SeekExact("b"u8));
            Assert.Null(reader.GetTerms("id"));
            Assert.Null(reader.GetTerms("stored"));
        }

        using (var writer = new InvertedIndexWriter(dir, "_z", 0))
        {
            writer.Finish();
        }

        using InvertedIndexReader empty = InvertedIndexReader.Open(dir, "_z", Infos, 0);
        Assert.Null(empty.GetTerms("body"));
    }

    [Fact]
    public void OutOfOrderInputIsRefused()
    {
        using var writer = new InvertedIndexWriter(new RamDirectory(), "_o", 10);
        Assert.Throws<InvalidOperationException>(() => writer.StartTerm("a"u8));
        Assert.Throws<ArgumentException>(() => writer.StartField(Stored, []));
        Assert.Throws<ArgumentException>(() => writer.StartField(Body, new byte[3]));
        writer.StartField(Id, []);
        writer.StartTerm("m"u8);
        writer.StartDoc(5, 1);
        Assert.Throws<InvalidOperationException>(() => writer.AddPosition(0, 0, 1));
        writer.FinishDoc();
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.StartDoc(5, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.StartDoc(10, 1));
        writer.FinishTerm();
        Assert.Throws<ArgumentException>(() => writer.StartTerm("m"u8));
        Assert.Throws<ArgumentException>(() => writer.StartTerm("a"u8));
        writer.StartTerm("mm"u8);
        writer.FinishTerm();
        writer.FinishField();
        Assert.Throws<ArgumentException>(() => writer.StartField(Body, new byte[10]));
        Assert.Throws<ArgumentException>(() => writer.StartField(Id, []));
    }

    [Fact]
    public void PositionsMustMatchTheFrequency()
    {
        using var writer = new InvertedIndexWriter(new RamDirectory(), "_p", 10);
        writer.StartField(Body, new byte[10]);
        writer.StartTerm("a"u8);
        writer.StartDoc(0, 2);
        writer.AddPosition(3, 0, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.AddPosition(2, 2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.AddPosition(4, 5, 4));
        Assert.Throws<InvalidOperationException>(() => writer.FinishDoc());
        writer.AddPosition(3, 2, 3);
        Assert.Throws<InvalidOperationException>(() => writer.AddPosition(4, 4, 5));
        writer.FinishDoc();
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.StartDoc(1, 0));
    }

    [Fact]
    public void FilesAreListedAndAnUnfinishedWriterLeavesThemIncomplete()
    {
        var dir = new RamDirectory();
        using (var writer = new InvertedIndexWriter(dir, "_u", 1))
        {
            Assert.Equal(["_u.tip", "_u.tim", "_u.doc", "_u.pos"], writer.Files);
        }

        Assert.Equal("_u.tip", Assert.Throws<CorruptIndexException>(() => InvertedIndexReader.Open(dir, "_u", Infos, 1)).Resource);
    }
}
