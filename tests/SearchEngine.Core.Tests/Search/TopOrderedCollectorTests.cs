using SearchEngine.Core.Search;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Search;

public sealed class TopOrderedCollectorTests
{
    public static TheoryData<int, bool?> SeedsAndOrders() => new()
    {
        { 31, null }, { 32, true }, { 33, false }, { 34, null }, { 35, true },
    };

    [Theory]
    [MemberData(nameof(SeedsAndOrders))]
    public void HitsComeByValueThenScoreThenKeyAndPagesAfterAPositionJoinUpToTheWholeOrder(int seed, bool? dateDescending)
    {
        using var directory = new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed, segments: 4, docsPerSegment: 120);
        var random = new Random(seed);
        HitOrder order = dateDescending is bool descending ? new HitOrder(RandomCorpus.Key, new SortByNumericField(RandomCorpus.Date, descending)) : new HitOrder(RandomCorpus.Key);
        for (int i = 0; i < 40; i++)
        {
            Query query = i % 8 == 0 ? new MatchAllDocsQuery() : RandomQueries.Mixed(random, corpus);
            List<int> expected = Expected(corpus, query, order);
            TopDocs all = corpus.Searcher.Search(query, corpus.Reader.MaxDoc, order);
            Assert.Equal(expected, all.ScoreDocs.Select(static h => h.Doc));

            int pageSize = random.Next(1, 14);
            var walked = new List<int>();
            HitPosition? after = null;
            while (walked.Count <= expected.Count)
            {
                TopDocs page = corpus.Searcher.Search(query, pageSize, order, after);
                Assert.Equal(expected.Count, page.TotalHits);
                if (page.ScoreDocs.Count == 0)
                {
                    break;
                }

                walked.AddRange(page.ScoreDocs.Select(static h => h.Doc));
                ScoreDoc last = page.ScoreDocs[^1];
                CorpusDoc doc = corpus.Docs[last.Doc];
                after = new HitPosition(order.ByValue is null ? null : doc.Date, last.Score, doc.Key);
            }

            Assert.True(expected.SequenceEqual(walked), $"query {query}, pages of {pageSize}");
        }
    }

    [Fact]
    public void APositionWhoseKeyNoDocumentHasContinuesWithTheNextKey()
    {
        using var directory = new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, 36, segments: 3, docsPerSegment: 60);
        var order = new HitOrder(RandomCorpus.Key);
        List<string> keys = [.. corpus.Docs.Where(static d => d.Live).Select(static d => d.Key).Order(StringComparer.Ordinal)];

        TopDocs page = corpus.Searcher.Search(new MatchAllDocsQuery(), 3, order, new HitPosition(null, 1f, keys[4] + "\u0000"));

        Assert.Equal(keys[5..8], page.ScoreDocs.Select(h => corpus.Docs[h.Doc].Key));
    }

    [Theory]
    [InlineData("a", "b")]
    [InlineData("ab", "abc")]
    [InlineData("\U0001F600", "\uE000")]
    [InlineData("\uFFFD", "\uFFFF")]
    [InlineData("z", "\u00E5")]
    public void UtfEightBytesCompareInUtfSixteenOrder(string first, string second)
    {
        byte[] a = System.Text.Encoding.UTF8.GetBytes(first);
        byte[] b = System.Text.Encoding.UTF8.GetBytes(second);

        Assert.True(string.CompareOrdinal(first, second) < 0);
        Assert.True(Utf8AsUtf16Order.Compare(a, b) < 0);
        Assert.True(Utf8AsUtf16Order.Compare(b, a) > 0);
        Assert.Equal(0, Utf8AsUtf16Order.Compare(a, a));
    }

    // The live matches with their scores from the relevance search, sorted by the order's rules.
    private static List<int> Expected(RandomCorpus corpus, Query query, HitOrder order)
    {
        TopDocs scored = corpus.Searcher.Search(query, corpus.Reader.MaxDoc);
        IEnumerable<ScoreDoc> hits = scored.ScoreDocs;
        IOrderedEnumerable<ScoreDoc> sorted = order.ByValue is { } byValue
            ? hits.OrderBy(h => corpus.Docs[h.Doc].Date is null)
                .ThenBy(h => (byValue.Descending ? -1 : 1) * (corpus.Docs[h.Doc].Date ?? 0))
                .ThenByDescending(static h => h.Score)
            : hits.OrderByDescending(static h => h.Score);
        return [.. sorted.ThenBy(h => corpus.Docs[h.Doc].Key, StringComparer.Ordinal).Select(static h => h.Doc)];
    }
}
