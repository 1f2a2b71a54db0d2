using SearchEngine.Core.Codecs.Postings;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Tests.Codecs.Postings;

public sealed class ImpactsTests
{
    [Fact]
    public void EachBlocksImpactsAreExactlyItsCompetitivePairs()
    {
        PostingsModel model = PostingsModel.Large;
        using var dir = new PostingsDirectory("ram");
        model.Write(dir.Directory, "_0");
        using InvertedIndexReader reader = InvertedIndexReader.Open(dir.Directory, "_0", model.FieldInfos, model.MaxDoc);
        int blocksChecked = 0;
        foreach (ModelField field in model.Fields)
        {
            TermsEnum termsEnum = reader.GetTerms(field.Info.Name)!.GetIterator();
            PostingsEnum? postings = null;
            foreach ((byte[] term, ModelPosting[] expected) in field.Terms.Where(t => t.Postings.Length > 128))
            {
                Assert.True(termsEnum.SeekExact(term));
                postings = termsEnum.Postings(postings, PostingsFeatures.Freqs);
                for (int start = 0; start < expected.Length; start += 128)
                {
                    ModelPosting[] block = expected[start..Math.Min(expected.Length, start + 128)];
                    // Any target inside the block selects it; vary where.
                    int target = block[(start / 128) % block.Length].Doc;
                    if (start > 0 && target <= expected[start - 1].Doc + 1)
                    {
                        target = expected[start - 1].Doc + 1;
                    }

                    postings.AdvanceShallow(target);
                    Assert.Equal(block[^1].Doc, postings.BlockEndDoc);
                    Impact[] impacts = postings.GetImpacts().ToArray();
                    AssertCompetitive(field, block, impacts);
                    blocksChecked++;
                }

                postings.AdvanceShallow(expected[^1].Doc + 1);
                Assert.Equal(PostingsEnum.NoMoreDocs, postings.BlockEndDoc);
                AssertDominatesAll(field, expected, postings.GetImpacts().ToArray());
            }
        }

        Assert.True(blocksChecked > 1000, $"only {blocksChecked} blocks");
    }

    [Fact]
    public void TermsWithoutSkipDataReportABoundOverAllTheirDocuments()
    {
        PostingsModel model = PostingsModel.Large;
        using var dir = new PostingsDirectory("ram");
        model.Write(dir.Directory, "_0");
        using InvertedIndexReader reader = InvertedIndexReader.Open(dir.Directory, "_0", model.FieldInfos, model.MaxDoc);
        foreach (ModelField field in model.Fields)
        {
            TermsEnum termsEnum = reader.GetTerms(field.Info.Name)!.GetIterator();
            foreach ((byte[] term, ModelPosting[] expected) in field.Terms.Where(t => t.Postings.Length <= 128).Take(300))
            {
                Assert.True(termsEnum.SeekExact(term));
                PostingsEnum postings = termsEnum.Postings(null, PostingsFeatures.None);
                Assert.Equal(PostingsEnum.NoMoreDocs, postings.BlockEndDoc);
                Impact[] impacts = postings.GetImpacts().ToArray();
                Assert.Single(impacts);
                AssertDominatesAll(field, expected, impacts);
            }
        }
    }

    [Fact]
    public void ImpactsBeforeAnyShallowAdvanceDescribeTheCurrentBlock()
    {
        PostingsModel model = PostingsModel.Large;
        using var dir = new PostingsDirectory("ram");
        model.Write(dir.Directory, "_0");
        using InvertedIndexReader reader = InvertedIndexReader.Open(dir.Directory, "_0", model.FieldInfos, model.MaxDoc);
        ModelField field = model.Fields.Single(f => f.Info.Name == "tags");
        (byte[] term, ModelPosting[] expected) = field.Terms.First(t => t.Postings.Length > 600);
        TermsEnum termsEnum = reader.GetTerms("tags")!.GetIterator();
        Assert.True(termsEnum.SeekExact(term));
        PostingsEnum postings = termsEnum.Postings(null, PostingsFeatures.Freqs);
        postings.Advance(expected[300].Doc);
        Assert.Equal(expected[383].Doc, postings.BlockEndDoc);
        AssertCompetitive(field, expected[256..384], postings.GetImpacts().ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => postings.AdvanceShallow(expected[10].Doc));
    }

    /// <summary>The impacts must be the Pareto frontier of the block: each occurs in it, none dominates another, together they dominate every document.</summary>
    private static void AssertCompetitive(ModelField field, ModelPosting[] block, Impact[] impacts)
    {
        AssertDominatesAll(field, block, impacts);
        var pairs = block.Select(p => (Freq: field.Info.HasFreqs ? p.Freq : 1, Norm: field.NormOf(p.Doc))).ToHashSet();
        for (int i = 0; i < impacts.Length; i++)
        {
            Assert.Contains((impacts[i].Freq, impacts[i].Norm), pairs);
            if (i > 0)
            {
                // Ascending in both: no impact dominates another.
                Assert.True(impacts[i].Freq > impacts[i - 1].Freq && impacts[i].Norm > impacts[i - 1].Norm, $"{impacts[i - 1]} then {impacts[i]}");
            }
        }
    }

    private static void AssertDominatesAll(ModelField field, ModelPosting[] docs, Impact[] impacts)
    {
        Assert.NotEmpty(impacts);
        foreach (ModelPosting posting in docs)
        {
            int freq = field.Info.HasFreqs ? posting.Freq : 1;
            byte norm = field.NormOf(posting.Doc);
            Assert.True(impacts.Any(i => i.Freq >= freq && i.Norm <= norm), $"doc {posting.Doc} ({freq}, {norm}) is not dominated by [{string.Join(", ", impacts)}]");
        }
    }
}
