using SearchEngine.Core.Search;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Search;

public sealed class IndexSearcherTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("ram", 21)]
    [InlineData("fs", 22)]
    public void SearchAfterPagesConcatenatedEqualOneBigSearch(string kind, int seed)
    {
        using IndexDirectory directory = kind == "fs" ? new FileSystemDirectory(temp.Path) : new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed, segments: 3, docsPerSegment: 150);
        var random = new Random(seed);
        for (int i = 0; i < 100; i++)
        {
            Query query = RandomQueries.Mixed(random, corpus);
            TopDocs all = corpus.Searcher.Search(query, corpus.Reader.MaxDoc);
            int pageSize = random.Next(1, 14);
            var pages = new List<ScoreDoc>();
            TopDocs page = corpus.Searcher.Search(query, pageSize);
            while (page.ScoreDocs.Count > 0)
            {
                Assert.Equal(all.TotalHits, page.TotalHits);
                pages.AddRange(page.ScoreDocs);
                page = corpus.Searcher.SearchAfter(page.ScoreDocs[^1], query, pageSize);
            }

            SearchAssert.SameHits(all.ScoreDocs, pages, $"query {query}, pages of {pageSize}");
        }
    }

    [Fact]
    public void SearchAfterTheLastHitReturnsAnEmptyPage()
    {
        using var directory = new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed: 23, segments: 2, docsPerSegment: 60);
        var query = new TermQuery(RandomCorpus.Body, corpus.Vocabulary[RandomCorpus.Body][0]);
        TopDocs all = corpus.Searcher.Search(query, corpus.Reader.MaxDoc);

        TopDocs after = corpus.Searcher.SearchAfter(all.ScoreDocs[^1], query, 10);

        Assert.Empty(after.ScoreDocs);
        Assert.Equal(all.TotalHits, after.TotalHits);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SortingByANumericFieldOrdersByValueThenScoreWithMissingValuesLast(bool descending)
    {
        using var directory = new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed: 24, segments: 3, docsPerSegment: 150);
        var random = new Random(24);
        var sort = new SortByNumericField(RandomCorpus.Date, descending);
        for (int i = 0; i < 100; i++)
        {
            Query query = RandomQueries.Mixed(random, corpus);
            TopDocs byScore = corpus.Searcher.Search(query, corpus.Reader.MaxDoc);

            // The order the sort promises, applied to the relevance search's own scores.
            List<ScoreDoc> expected = [.. byScore.ScoreDocs];
            expected.Sort((a, b) =>
            {
                long? x = corpus.Docs[a.Doc].Date;
                long? y = corpus.Docs[b.Doc].Date;
                if (x.HasValue != y.HasValue)
                {
                    return x.HasValue ? -1 : 1;
                }

                int byValue = x.HasValue ? (descending ? y!.Value.CompareTo(x.Value) : x.Value.CompareTo(y!.Value)) : 0;
                return byValue != 0 ? byValue : a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc);
            });

            foreach (int n in new[] { 1, 7, corpus.Reader.MaxDoc })
            {
                TopDocs sorted = corpus.Searcher.Search(query, n, sort);
                Assert.Equal(byScore.TotalHits, sorted.TotalHits);
                SearchAssert.SameHits(expected.Take(n).ToList(), sorted.ScoreDocs, $"query {query}, n {n}");
            }
        }
    }
}
