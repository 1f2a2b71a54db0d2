using SearchEngine.Core.Codecs.Postings;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Tests.Codecs.Postings;

public sealed class PostingsAdvanceTests
{
    [Theory]
    [MemberData(nameof(PostingsDirectory.Kinds), MemberType = typeof(PostingsDirectory))]
    public void AdvanceFindsWhatALinearScanFinds(string kind)
    {
        PostingsModel model = PostingsModel.Large;
        using var dir = new PostingsDirectory(kind);
        model.Write(dir.Directory, "_0");
        using InvertedIndexReader reader = InvertedIndexReader.Open(dir.Directory, "_0", model.FieldInfos, model.MaxDoc);
        var random = new Random(42);
        foreach (ModelField field in model.Fields)
        {
            TermsEnum termsEnum = reader.GetTerms(field.Info.Name)!.GetIterator();
            PostingsEnum? postings = null;
            foreach ((byte[] term, ModelPosting[] expected) in field.Terms)
            {
                Assert.True(termsEnum.SeekExact(term));
                int[] docs = [.. expected.Select(p => p.Doc)];
                // Gaps of a few documents, of about a block, and of many blocks, mixed with NextDoc.
                foreach (int meanGap in (int[])[3, 150, 2000])
                {
                    postings = termsEnum.Postings(postings, PostingsFeatures.All);
                    int current = -1;
                    while (current != PostingsEnum.NoMoreDocs)
                    {
                        if (random.Next(4) == 0)
                        {
                            int expectedDoc = Ceiling(docs, current + 1);
                            current = postings.NextDoc();
                            Assert.Equal(expectedDoc, current);
                        }
                        else
                        {
                            int target = current + 1 + random.Next(meanGap * 2);
                            current = postings.Advance(target);
                            Assert.Equal(Ceiling(docs, target), current);
                        }

                        if (current != PostingsEnum.NoMoreDocs)
                        {
                            // Reading only some positions (or none) leaves the rest to be skipped lazily.
                            AssertCurrentDoc(field, expected, docs, postings, random.Next(3) == 0 ? 0 : random.Next(1, 60));
                        }
                    }

                    Assert.Equal(PostingsEnum.NoMoreDocs, postings.Advance(int.MaxValue));
                    Assert.Equal(PostingsEnum.NoMoreDocs, postings.NextDoc());
                }
            }
        }
    }

    [Fact]
    public void AdvanceToEveryBlockBoundaryAndPastTheEnd()
    {
        PostingsModel model = PostingsModel.Large;
        using var dir = new PostingsDirectory("ram");
        model.Write(dir.Directory, "_0");
        using InvertedIndexReader reader = InvertedIndexReader.Open(dir.Directory, "_0", model.FieldInfos, model.MaxDoc);
        foreach (ModelField field in model.Fields)
        {
            TermsEnum termsEnum = reader.GetTerms(field.Info.Name)!.GetIterator();
            foreach ((byte[] term, ModelPosting[] expected) in field.Terms.Where(t => t.Postings.Length > 128))
            {
                Assert.True(termsEnum.SeekExact(term));
                int[] docs = [.. expected.Select(p => p.Doc)];
                for (int block = 0; block * 128 < docs.Length; block += 1 + (block % 3))
                {
                    // First and last document of a block, and one past the last (the next block's first).
                    int first = docs[block * 128];
                    int last = docs[Math.Min(docs.Length, (block + 1) * 128) - 1];
                    foreach (int target in (int[])[first, last, last + 1])
                    {
                        PostingsEnum postings = termsEnum.Postings(null, PostingsFeatures.All);
                        Assert.Equal(Ceiling(docs, target), postings.Advance(target));
                        if (postings.DocId != PostingsEnum.NoMoreDocs)
                        {
                            AssertCurrentDoc(field, expected, docs, postings);
                        }
                    }
                }

                PostingsEnum beyond = termsEnum.Postings(null, PostingsFeatures.None);
                Assert.Equal(PostingsEnum.NoMoreDocs, beyond.Advance(docs[^1] + 1));
                Assert.Equal(PostingsEnum.NoMoreDocs, beyond.NextDoc());
            }
        }
    }

    [Fact]
    public void ShallowAdvanceDoesNotMoveTheDocuments()
    {
        PostingsModel model = PostingsModel.Large;
        using var dir = new PostingsDirectory("ram");
        model.Write(dir.Directory, "_0");
        using InvertedIndexReader reader = InvertedIndexReader.Open(dir.Directory, "_0", model.FieldInfos, model.MaxDoc);
        ModelField field = model.Fields[0];
        (byte[] term, ModelPosting[] expected) = field.Terms.First(t => t.Postings.Length > 1000);
        int[] docs = [.. expected.Select(p => p.Doc)];
        TermsEnum termsEnum = reader.GetTerms(field.Info.Name)!.GetIterator();
        Assert.True(termsEnum.SeekExact(term));
        PostingsEnum postings = termsEnum.Postings(null, PostingsFeatures.All);

        postings.AdvanceShallow(docs[700]);
        Assert.Equal(-1, postings.DocId);
        Assert.Equal(docs[0], postings.NextDoc());
        Assert.Equal(docs[300], postings.Advance(docs[300]));
        AssertCurrentDoc(field, expected, docs, postings);
        Assert.Equal(docs[767], postings.BlockEndDoc);
        Assert.Equal(docs[301], postings.NextDoc());
        AssertCurrentDoc(field, expected, docs, postings);
    }

    private static void AssertCurrentDoc(ModelField field, ModelPosting[] expected, int[] docs, PostingsEnum postings, int maxPositions = int.MaxValue)
    {
        ModelPosting posting = expected[Array.BinarySearch(docs, postings.DocId)];
        Assert.Equal(field.Info.HasFreqs ? posting.Freq : 1, postings.Freq);
        for (int i = 0; i < posting.Positions.Length && i < maxPositions; i++)
        {
            Assert.Equal(posting.Positions[i], postings.NextPosition());
            Assert.Equal(posting.Starts[i], postings.StartOffset);
            Assert.Equal(posting.Ends[i], postings.EndOffset);
        }
    }

    private static int Ceiling(int[] docs, int target)
    {
        int at = Array.BinarySearch(docs, target);
        at = at < 0 ? ~at : at;
        return at < docs.Length ? docs[at] : PostingsEnum.NoMoreDocs;
    }
}
