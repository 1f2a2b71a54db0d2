using System.Globalization;
using SearchEngine.Core.Codecs.Postings;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Tests.Codecs.Postings;

public sealed class InvertedIndexRoundTripTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(PostingsDirectory.Kinds), MemberType = typeof(PostingsDirectory))]
    public void EveryTermDocumentPositionAndOffsetReadsBackAsWritten(string kind)
    {
        PostingsModel model = PostingsModel.Large;
        using var dir = new PostingsDirectory(kind);
        IReadOnlyList<string> files = model.Write(dir.Directory, "_0");
        Assert.Equal(["_0.tip", "_0.tim", "_0.doc", "_0.pos"], files);

        using InvertedIndexReader reader = InvertedIndexReader.Open(dir.Directory, "_0", model.FieldInfos, model.MaxDoc);
        foreach (ModelField field in model.Fields)
        {
            Terms terms = Assert.IsType<Terms>(reader.GetTerms(field.Info.Name), exactMatch: false);
            AssertStatistics(field, terms);
            AssertTermsAndPostings(field, terms, PostingsFeatures.All);
        }

        Assert.Null(reader.GetTerms("missing"));
        ReportSize(model, dir, files);
    }

    [Theory]
    [InlineData(nameof(PostingsFeatures.None))]
    [InlineData(nameof(PostingsFeatures.Freqs))]
    [InlineData(nameof(PostingsFeatures.Positions))]
    [InlineData(nameof(PostingsFeatures.Offsets))]
    public void FewerFeaturesThanIndexedReadTheRequestedPartsAndDefaults(string featureName)
    {
        PostingsFeatures features = Enum.Parse<PostingsFeatures>(featureName);
        PostingsModel model = PostingsModel.Large;
        using var dir = new PostingsDirectory("ram");
        model.Write(dir.Directory, "_0");
        using InvertedIndexReader reader = InvertedIndexReader.Open(dir.Directory, "_0", model.FieldInfos, model.MaxDoc);
        foreach (ModelField field in model.Fields)
        {
            AssertTermsAndPostings(field, reader.GetTerms(field.Info.Name)!, features);
        }
    }

    [Fact]
    public void OneReaderServesManyThreads()
    {
        PostingsModel model = PostingsModel.Large;
        using var dir = new PostingsDirectory("ram");
        model.Write(dir.Directory, "_0");
        using InvertedIndexReader reader = InvertedIndexReader.Open(dir.Directory, "_0", model.FieldInfos, model.MaxDoc);
        Parallel.For(0, 8, i =>
        {
            ModelField field = model.Fields[i % model.Fields.Count];
            AssertTermsAndPostings(field, reader.GetTerms(field.Info.Name)!, PostingsFeatures.All);
        });
    }

    /// <summary>Checks the field statistics BM25 reads against the model.</summary>
    internal static void AssertStatistics(ModelField field, Terms terms)
    {
        Assert.Equal(field.Terms.Count, terms.TermCount);
        Assert.Equal(field.Terms.Sum(t => (long)t.Postings.Length), terms.SumDocFreq);
        Assert.Equal(field.Terms.Sum(t => t.Postings.Sum(p => (long)p.Freq)), terms.SumTotalTermFreq);
        Assert.Equal(field.Terms.SelectMany(t => t.Postings.Select(p => p.Doc)).Distinct().Count(), terms.DocCount);
        Assert.Equal(field.Info.HasFreqs, terms.HasFreqs);
        Assert.Equal(field.Info.HasPositions, terms.HasPositions);
        Assert.Equal(field.Info.HasOffsets, terms.HasOffsets);
    }

    /// <summary>Enumerates every term and compares it and its postings (as far as <paramref name="features"/> asks) with the model.</summary>
    internal static void AssertTermsAndPostings(ModelField field, Terms terms, PostingsFeatures features)
    {
        TermsEnum termsEnum = terms.GetIterator();
        PostingsEnum? postings = null;
        bool freqs = field.Info.HasFreqs && features != PostingsFeatures.None;
        bool positions = field.Info.HasPositions && (features & (PostingsFeatures.Positions | PostingsFeatures.Offsets)) != 0;
        bool offsets = field.Info.HasOffsets && (features & PostingsFeatures.Offsets) != 0;
        foreach ((byte[] term, ModelPosting[] expected) in field.Terms)
        {
            Assert.True(termsEnum.MoveNext());
            Assert.True(termsEnum.Term.SequenceEqual(term), $"field {field.Info.Name}: term {Convert.ToHexString(termsEnum.Term)}, expected {Convert.ToHexString(term)}");
            Assert.Equal(expected.Length, termsEnum.DocFreq);
            Assert.Equal(expected.Sum(p => (long)p.Freq), termsEnum.TotalTermFreq);
            postings = termsEnum.Postings(postings, features);
            Assert.Equal(-1, postings.DocId);
            Assert.Equal(expected.Length, postings.Cost);
            foreach (ModelPosting posting in expected)
            {
                Assert.Equal(posting.Doc, postings.NextDoc());
                Assert.Equal(freqs ? posting.Freq : 1, postings.Freq);
                for (int i = 0; i < posting.Positions.Length && positions; i++)
                {
                    Assert.Equal(posting.Positions[i], postings.NextPosition());
                    Assert.Equal(offsets ? posting.Starts[i] : -1, postings.StartOffset);
                    Assert.Equal(offsets ? posting.Ends[i] : -1, postings.EndOffset);
                }

                if (!positions)
                {
                    Assert.Equal(-1, postings.NextPosition());
                }
            }

            Assert.Equal(PostingsEnum.NoMoreDocs, postings.NextDoc());
            Assert.Equal(PostingsEnum.NoMoreDocs, postings.NextDoc());
        }

        Assert.False(termsEnum.MoveNext());
        Assert.False(termsEnum.MoveNext());
    }

    private void ReportSize(PostingsModel model, PostingsDirectory dir, IReadOnlyList<string> files)
    {
        long postings = model.Fields.Sum(f => f.Terms.Sum(t => (long)t.Postings.Length));
        long positions = model.Fields.Where(f => f.Info.HasPositions).Sum(f => f.Terms.Sum(t => t.Postings.Sum(p => (long)p.Freq)));
        long terms = model.Fields.Sum(f => (long)f.Terms.Count);
        foreach (string file in files)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {dir.Directory.FileLength(file):N0} bytes"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{terms:N0} terms, {postings:N0} postings, {positions:N0} positions: .doc {(double)dir.Directory.FileLength("_0.doc") / postings:F3} bytes/posting, .pos {(double)dir.Directory.FileLength("_0.pos") / positions:F3} bytes/position, .tim {(double)dir.Directory.FileLength("_0.tim") / terms:F2} bytes/term"));
    }
}
