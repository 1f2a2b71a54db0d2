using System.Globalization;
using System.Text;
using SearchEngine.Analysis;
using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using static SearchEngine.Core.Tests.Index.Merging.MergeFixture;

namespace SearchEngine.Core.Tests.Index.Merging;

public sealed class SegmentMergerTests
{
    public static TheoryData<string> Kinds => new("ram", "fs");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void MergingThreeSegmentsWithDeletionsEqualsASegmentBuiltFromTheSurvivors(string kind)
    {
        using var test = new TestDirectory(kind);
        var random = new Random(17);
        List<Document> all = [.. Enumerable.Range(0, 700).Select(i => MergeCorpus.Create(i, random))];

        // Source 0 loses its first document, so its fields number differently from the direct build's.
        Source[] sources =
        [
            new(all[..300], [0, .. Enumerable.Range(1, 299).Where(i => i % 7 == 0)]),
            new(all[300..550], [.. Enumerable.Range(0, 250).Where(i => random.Next(4) == 0)]),
            new(all[550..], [149]),
        ];

        MergedSegment merged = MergeAndCompare(test.Directory, sources);

        int survivors = sources.Sum(s => s.Documents.Count - s.Deleted.Count);
        Assert.Equal(survivors, merged.Info.MaxDoc);
        SegmentCore core = SegmentCore.Open(test.Directory, merged.Info);
        try
        {
            // Guards the test's reach: a term spanning several 128-document blocks exercises skip data and impacts.
            TermsEnum terms = core.Postings.GetTerms("body")!.GetIterator();
            Assert.True(terms.SeekExact("nyhed"u8));
            Assert.True(terms.DocFreq > 256, $"docFreq {terms.DocFreq}");

            // Terms only deleted documents had are gone.
            Assert.False(terms.SeekExact("unikdoc0"u8));
            Assert.True(terms.SeekExact("unikdoc1"u8));
        }
        finally
        {
            core.DecRef();
        }
    }

    [Fact]
    public void DocMapsGiveMinusOneForDeletedDocumentsAndDenseIncreasingIdsOtherwise()
    {
        using var directory = new RamDirectory();
        var random = new Random(3);
        Source[] sources =
        [
            new([.. Enumerable.Range(0, 3).Select(i => MergeCorpus.Create(i, random))], [1]),
            new([.. Enumerable.Range(3, 4).Select(i => MergeCorpus.Create(i, random))], [0, 3]),
            new([.. Enumerable.Range(7, 2).Select(i => MergeCorpus.Create(i, random))], []),
        ];

        MergedSegment merged = MergeAndCompare(directory, sources);

        Assert.Equal([0, -1, 1], merged.DocMaps[0]);
        Assert.Equal([-1, 2, 3, -1], merged.DocMaps[1]);
        Assert.Equal([4, 5], merged.DocMaps[2]);
    }

    [Fact]
    public void SegmentsWithDisjointFieldsMergeIntoTheUnionNumberedByFirstAppearance()
    {
        using var directory = new RamDirectory();
        Analyzer danish = AnalyzerRegistry.Get("da");
        List<Document> first = [.. Enumerable.Range(0, 5).Select(i => new Document()
            .Add(Field.Text("a", "hunden løber i parken nummer " + i, danish))
            .Add(Field.NumericDocValues("b", i * 10)))];
        List<Document> second = [.. Enumerable.Range(0, 5).Select(i => new Document()
            .Add(Field.Keyword("c", "k" + (i % 2).ToString(CultureInfo.InvariantCulture), stored: true))
            .Add(Field.SortedSetDocValues("d", "v" + i))
            .Add(Field.SortedSetDocValues("d", "fælles")))];

        MergedSegment merged = MergeAndCompare(directory, [new(first, [2]), new(second, [4])]);

        Assert.Equal(["a", "b", "c", "d"], merged.Info.FieldInfos.Select(f => f.Name));
        Assert.Equal([0, 1, 2, 3], merged.Info.FieldInfos.Select(f => f.Number));
    }

    [Fact]
    public void ASourceWithEveryDocumentDeletedContributesNothing()
    {
        using var directory = new RamDirectory();
        var random = new Random(5);
        Source[] sources =
        [
            new([.. Enumerable.Range(0, 40).Select(i => MergeCorpus.Create(i, random))], [3]),
            new([.. Enumerable.Range(40, 30).Select(i => MergeCorpus.Create(i, random))], [.. Enumerable.Range(0, 30)]),
            new([.. Enumerable.Range(70, 40).Select(i => MergeCorpus.Create(i, random))], []),
        ];

        MergedSegment merged = MergeAndCompare(directory, sources);

        Assert.All(merged.DocMaps[1], id => Assert.Equal(-1, id));
        Assert.Equal(79, merged.Info.MaxDoc);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ASingleSourceMergesIntoACopyOfItsLiveDocuments(bool withDeletions)
    {
        using var directory = new RamDirectory();
        var random = new Random(9);
        List<Document> documents = [.. Enumerable.Range(0, 200).Select(i => MergeCorpus.Create(i, random))];

        MergedSegment merged = MergeAndCompare(directory, [new(documents, withDeletions ? [0, 50, 199] : [])]);

        Assert.Equal(withDeletions ? 197 : 200, merged.Info.MaxDoc);
    }

    [Fact]
    public void SourcesWithEveryDocumentDeletedMergeIntoAnEmptySegmentThatOpens()
    {
        using var directory = new RamDirectory();
        var random = new Random(11);
        Source[] sources =
        [
            new([.. Enumerable.Range(0, 4).Select(i => MergeCorpus.Create(i, random))], [0, 1, 2, 3]),
            new([.. Enumerable.Range(4, 2).Select(i => MergeCorpus.Create(i, random))], [0, 1]),
        ];

        MergedSegment merged = MergeAndCompare(directory, sources);

        Assert.Equal(0, merged.Info.MaxDoc);
        SegmentCore core = SegmentCore.Open(directory, merged.Info);
        Assert.Null(core.Postings.GetTerms("body"));
        core.DecRef();
    }

    [Fact]
    public void TheSegmentInfoIsWrittenWithTheSegmentsFilesAndMergeDiagnostics()
    {
        using var directory = new RamDirectory();
        var random = new Random(13);
        Source[] sources =
        [
            new([.. Enumerable.Range(0, 10).Select(i => MergeCorpus.Create(i, random))], [1]),
            new([.. Enumerable.Range(10, 10).Select(i => MergeCorpus.Create(i, random))], []),
        ];

        MergedSegment merged = MergeAndCompare(directory, sources);

        SegmentInfo read = SegmentInfoFormat.Read(directory, MergedName);
        Assert.Equal(merged.Info.MaxDoc, read.MaxDoc);
        Assert.Equal(FilesOf(directory, MergedName), read.Files.Order(StringComparer.Ordinal));
        Assert.Equal(["_m.doc", "_m.dv", "_m.fdt", "_m.nrm", "_m.pos", "_m.si", "_m.tim", "_m.tip"], read.Files.Order(StringComparer.Ordinal));
        Assert.Equal("merge", read.Diagnostics["source"]);
        Assert.Equal("_0,_1", read.Diagnostics["mergedFrom"]);
        Assert.True(DateTimeOffset.TryParse(read.Diagnostics["timestamp"], CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public void AFieldIndexedWithFewerOptionsInOneSourceGetsPositionZeroAndEmptyOffsetsThere()
    {
        using var directory = new RamDirectory();
        Analyzer danish = AnalyzerRegistry.Get("da");
        List<MergeSource> opened = BuildSources(directory,
        [
            new([new Document().Add(Field.Keyword("x", "hund"))], []),
            new([new Document().Add(Field.Text("x", "kat og hund", danish))], []),
        ]);
        try
        {
            MergedSegment merged = SegmentMerger.Merge(directory, MergedName, opened);

            FieldInfo x = merged.Info.FieldInfos.Find("x")!;
            Assert.Equal((IndexOptions.DocsAndFreqsAndPositionsAndOffsets, true), (x.IndexOptions, x.HasNorms));
            SegmentCore core = SegmentCore.Open(directory, merged.Info);
            TermsEnum terms = core.Postings.GetTerms("x")!.GetIterator();
            Assert.True(terms.SeekExact("hund"u8));
            PostingsEnum postings = terms.Postings(null, PostingsFeatures.All);
            Assert.Equal(0, postings.NextDoc());
            Assert.Equal((1, 0, 0, 0), (postings.Freq, postings.NextPosition(), postings.StartOffset, postings.EndOffset));
            Assert.Equal(1, postings.NextDoc());
            Assert.Equal((1, 2, 7, 11), (postings.Freq, postings.NextPosition(), postings.StartOffset, postings.EndOffset));
            Assert.Equal([0, core.Norms.GetNorms(x)!.Get(1)], core.Norms.GetNorms(x)!.Values.ToArray());
            core.DecRef();
        }
        finally
        {
            Release(opened);
        }
    }

    [Fact]
    public void DifferentDocValuesKindsForOneFieldThrowNamingTheFieldAndWriteNothing()
    {
        using var directory = new RamDirectory();
        List<MergeSource> opened = BuildSources(directory,
        [
            new([new Document().Add(Field.NumericDocValues("år", 2024))], []),
            new([new Document().Add(Field.SortedSetDocValues("år", "2024"))], []),
        ]);
        try
        {
            var ex = Assert.Throws<InvalidOperationException>(() => SegmentMerger.Merge(directory, MergedName, opened));
            Assert.Contains("'år'", ex.Message, StringComparison.Ordinal);
            Assert.Empty(FilesOf(directory, MergedName));
        }
        finally
        {
            Release(opened);
        }
    }

    [Fact]
    public void MergingIntoANameThatHasFilesThrowsAndLeavesThemAlone()
    {
        using var directory = new RamDirectory();
        var random = new Random(19);
        List<MergeSource> opened = BuildSources(directory, [new([MergeCorpus.Create(0, random)], [])]);
        try
        {
            using (IndexOutput output = directory.CreateOutput(MergedName + ".fdt"))
            {
                output.WriteInt32(42);
            }

            Assert.Throws<IOException>(() => SegmentMerger.Merge(directory, MergedName, opened));
            Assert.Equal([MergedName + ".fdt"], FilesOf(directory, MergedName));
            Assert.Equal(4, directory.FileLength(MergedName + ".fdt"));
        }
        finally
        {
            Release(opened);
        }
    }

    [Fact]
    public void PositionsAndOffsetsOfRepeatedValuesSurviveTheMerge()
    {
        using var directory = new RamDirectory();
        Analyzer danish = AnalyzerRegistry.Get("da");
        Document Twice(string a, string b) => new Document().Add(Field.Text("body", a, danish)).Add(Field.Text("body", b, danish));
        MergedSegment merged = MergeAndCompare(directory,
        [
            new([Twice("hund og kat", "kat"), Twice("mus", "hund hund")], [0]),
            new([Twice("kat", "hund")], []),
        ]);

        SegmentCore core = SegmentCore.Open(directory, merged.Info);
        TermsEnum terms = core.Postings.GetTerms("body")!.GetIterator();
        Assert.True(terms.SeekExact(Encoding.UTF8.GetBytes("hund")));
        PostingsEnum postings = terms.Postings(null, PostingsFeatures.All);
        Assert.Equal(0, postings.NextDoc());
        Assert.Equal(2, postings.Freq);
        Assert.Equal((1, 4, 8), (postings.NextPosition(), postings.StartOffset, postings.EndOffset));
        Assert.Equal((2, 9, 13), (postings.NextPosition(), postings.StartOffset, postings.EndOffset));
        core.DecRef();
    }
}
