using System.Text;
using SearchEngine.Core.Codecs.Postings;
using SearchEngine.Core.Index;

namespace SearchEngine.Core.Tests.Codecs.Postings;

public sealed class TermsSeekTests : IDisposable
{
    private static readonly byte[][] SpecialTerms =
    [
        [],
        Encoding.UTF8.GetBytes("æblegrød"),
        Encoding.UTF8.GetBytes("één"),
        Encoding.UTF8.GetBytes("ĳs"),
        Encoding.UTF8.GetBytes("😀"),
        Encoding.UTF8.GetBytes(new string('z', 255)),
        Encoding.UTF8.GetBytes(new string('q', 254) + "ø"),
        Encoding.UTF8.GetBytes(new string('m', 1000)),
    ];

    private readonly PostingsDirectory dir = new("ram");
    private readonly PostingsModel model;
    private readonly InvertedIndexReader reader;

    public TermsSeekTests()
    {
        var random = new Random(7);
        List<byte[]> terms = PostingsModel.RandomTerms(random, 3000);
        foreach (byte[] special in SpecialTerms)
        {
            if (!terms.Any(t => t.AsSpan().SequenceEqual(special)))
            {
                terms.Add(special);
            }
        }

        terms.Sort(PostingsModel.CompareBytes);
        // "all" holds every term, the empty one first; "some" lacks the empty term so a seek can fall before its first.
        var all = new ModelField(new FieldInfo("all", 0, IndexOptions.DocsAndFreqs, false, DocValuesType.None), []);
        var some = new ModelField(new FieldInfo("some", 1, IndexOptions.Docs, false, DocValuesType.None), []);
        for (int i = 0; i < terms.Count; i++)
        {
            all.Terms.Add((terms[i], [new ModelPosting(i % 50, 1 + (i % 3), [], [], [])]));
            if (terms[i].Length > 0 && i % 2 == 0)
            {
                some.Terms.Add((terms[i], [new ModelPosting(i % 50, 1, [], [], []), new ModelPosting(60, 1, [], [], [])]));
            }
        }

        model = new PostingsModel(100, [all, some]);
        model.Write(dir.Directory, "_s");
        reader = InvertedIndexReader.Open(dir.Directory, "_s", model.FieldInfos, model.MaxDoc);
    }

    public void Dispose()
    {
        reader.Dispose();
        dir.Dispose();
    }

    [Fact]
    public void SeekExactFindsEveryPresentTermAndNoAbsentOne()
    {
        foreach (ModelField field in model.Fields)
        {
            TermsEnum termsEnum = reader.GetTerms(field.Info.Name)!.GetIterator();
            // Random order, so most seeks change block; the ascending pass below reuses the current block.
            foreach ((byte[] term, ModelPosting[] postings) in field.Terms.OrderBy(t => t.Term.Length * 7919 % 101).ThenBy(t => t.Term, Comparer<byte[]>.Create(PostingsModel.CompareBytes)))
            {
                Assert.True(termsEnum.SeekExact(term), Encoding.UTF8.GetString(term));
                Assert.True(termsEnum.Term.SequenceEqual(term));
                Assert.Equal(postings.Length, termsEnum.DocFreq);
            }

            foreach ((byte[] term, _) in field.Terms)
            {
                Assert.True(termsEnum.SeekExact(term));
                byte[] above = [.. term, 0];
                Assert.Equal(Contains(field, above), termsEnum.SeekExact(above));
            }
        }
    }

    [Fact]
    public void SeekCeilLandsOnTheSmallestTermNotBelowTheTarget()
    {
        var random = new Random(11);
        foreach (ModelField field in model.Fields)
        {
            TermsEnum termsEnum = reader.GetTerms(field.Info.Name)!.GetIterator();
            List<byte[]> targets = [.. field.Terms.Select(t => t.Term)];
            // Just above every term: the ceiling is the next term, often across a block boundary.
            targets.AddRange(field.Terms.Select(t => (byte[])[.. t.Term, 0]));
            targets.AddRange(PostingsModel.RandomTerms(random, 2000));
            targets.AddRange(SpecialTerms);
            foreach (byte[] target in targets.OrderBy(_ => random.Next()))
            {
                int at = field.Terms.BinarySearch((target, []), Comparer<(byte[] Term, ModelPosting[] Postings)>.Create((a, b) => PostingsModel.CompareBytes(a.Term, b.Term)));
                SeekStatus status = termsEnum.SeekCeil(target);
                if (at >= 0)
                {
                    Assert.Equal(SeekStatus.Found, status);
                }
                else if (~at == field.Terms.Count)
                {
                    Assert.Equal(SeekStatus.End, status);
                    Assert.False(termsEnum.MoveNext());
                    continue;
                }
                else
                {
                    Assert.Equal(SeekStatus.NotFound, status);
                }

                int index = at >= 0 ? at : ~at;
                Assert.True(termsEnum.Term.SequenceEqual(field.Terms[index].Term));
                Assert.Equal(field.Terms[index].Postings.Length, termsEnum.DocFreq);
                if (index + 1 < field.Terms.Count)
                {
                    Assert.True(termsEnum.MoveNext());
                    Assert.True(termsEnum.Term.SequenceEqual(field.Terms[index + 1].Term));
                }
            }
        }
    }

    [Fact]
    public void SeeksBeforeTheFirstAndAfterTheLastTerm()
    {
        ModelField some = model.Fields[1];
        TermsEnum termsEnum = reader.GetTerms("some")!.GetIterator();
        Assert.False(termsEnum.SeekExact([]));
        Assert.Equal(SeekStatus.NotFound, termsEnum.SeekCeil([]));
        Assert.True(termsEnum.Term.SequenceEqual(some.Terms[0].Term));

        // 0xFF never occurs in UTF-8, so it sorts after every term.
        Assert.Equal(SeekStatus.End, termsEnum.SeekCeil([0xFF]));
        Assert.False(termsEnum.MoveNext());
        Assert.Throws<InvalidOperationException>(() => termsEnum.DocFreq);
        Assert.False(termsEnum.SeekExact([0xFF, 0xFF]));

        // An exhausted enum can seek again.
        Assert.Equal(SeekStatus.Found, termsEnum.SeekCeil(some.Terms[^1].Term));
        Assert.False(termsEnum.MoveNext());

        TermsEnum all = reader.GetTerms("all")!.GetIterator();
        Assert.True(all.SeekExact([]));
        Assert.Equal(0, all.Term.Length);
        Assert.True(all.MoveNext());
        Assert.True(all.Term.SequenceEqual(model.Fields[0].Terms[1].Term));
    }

    [Fact]
    public void SpecialTermsAreFoundWithTheirPostings()
    {
        TermsEnum termsEnum = reader.GetTerms("all")!.GetIterator();
        foreach (byte[] term in SpecialTerms)
        {
            Assert.True(termsEnum.SeekExact(term), Convert.ToHexString(term));
            Assert.True(termsEnum.Term.SequenceEqual(term));
            ModelPosting expected = model.Fields[0].Terms.Single(t => t.Term.AsSpan().SequenceEqual(term)).Postings[0];
            PostingsEnum postings = termsEnum.Postings(null, PostingsFeatures.Freqs);
            Assert.Equal(expected.Doc, postings.NextDoc());
            Assert.Equal(expected.Freq, postings.Freq);
            Assert.Equal(PostingsEnum.NoMoreDocs, postings.NextDoc());
        }
    }

    [Fact]
    public void SeekByTermInfoSkipsTheDictionaryAndThenContinues()
    {
        foreach (ModelField field in model.Fields)
        {
            Terms terms = reader.GetTerms(field.Info.Name)!;
            TermsEnum lookup = terms.GetIterator();
            var infos = new List<TermInfo>();
            foreach ((byte[] term, _) in field.Terms)
            {
                Assert.True(lookup.SeekExact(term));
                infos.Add(lookup.TermInfo);
            }

            TermsEnum termsEnum = terms.GetIterator();
            for (int i = field.Terms.Count - 1; i >= 0; i -= 37)
            {
                (byte[] term, ModelPosting[] expected) = field.Terms[i];
                termsEnum.SeekExact(term, infos[i]);
                Assert.True(termsEnum.Term.SequenceEqual(term));
                Assert.Equal(expected.Length, termsEnum.DocFreq);
                PostingsEnum postings = termsEnum.Postings(null, PostingsFeatures.All);
                Assert.Equal(expected.Select(p => p.Doc), Drain(postings));
                if (i + 1 < field.Terms.Count)
                {
                    Assert.True(termsEnum.MoveNext());
                    Assert.True(termsEnum.Term.SequenceEqual(field.Terms[i + 1].Term));
                }
                else
                {
                    Assert.False(termsEnum.MoveNext());
                }
            }
        }
    }

    [Fact]
    public void SeekingToTheEnumsOwnTermIsSafe()
    {
        TermsEnum termsEnum = reader.GetTerms("all")!.GetIterator();
        for (int i = 0; i < 100; i++)
        {
            Assert.True(termsEnum.MoveNext());
        }

        byte[] current = termsEnum.Term.ToArray();
        Assert.Equal(SeekStatus.Found, termsEnum.SeekCeil(termsEnum.Term));
        Assert.True(termsEnum.Term.SequenceEqual(current));
        Assert.True(termsEnum.SeekExact(termsEnum.Term));
    }

    [Fact]
    public void AnUnpositionedEnumRefusesToAnswer()
    {
        TermsEnum termsEnum = reader.GetTerms("all")!.GetIterator();
        Assert.Throws<InvalidOperationException>(() => termsEnum.Term.Length);
        Assert.Throws<InvalidOperationException>(() => termsEnum.Postings(null, PostingsFeatures.None));
    }

    private static bool Contains(ModelField field, byte[] term) => field.Terms.Any(t => t.Term.AsSpan().SequenceEqual(term));

    private static List<int> Drain(PostingsEnum postings)
    {
        var docs = new List<int>();
        for (int doc = postings.NextDoc(); doc != PostingsEnum.NoMoreDocs; doc = postings.NextDoc())
        {
            docs.Add(doc);
        }

        return docs;
    }
}
