using SearchEngine.Analysis;
using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Search;

public sealed class MaxScoreDisjunctionScorerTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("ram", 11)]
    [InlineData("ram", 12)]
    [InlineData("fs", 13)]
    public void PrunedTopKEqualsExhaustiveTopKOnRandomQueries(string kind, int seed)
    {
        using IndexDirectory directory = kind == "fs" ? new FileSystemDirectory(temp.Path) : new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed, segments: 3, docsPerSegment: 700);
        var random = new Random(seed);
        int pruned = 0;
        for (int i = 0; i < 300; i++)
        {
            Query query = RandomQueries.Mixed(random, corpus);
            foreach (int n in new[] { 1, 10, 100 })
            {
                TopDocs exhaustive = corpus.Searcher.Search(query, n);
                TopDocs topScores = corpus.Searcher.Search(query, n, exactTotal: false);
                SearchAssert.SameHits(exhaustive.ScoreDocs, topScores.ScoreDocs, $"query {query}, n {n}");
                Assert.True(topScores.TotalHits <= exhaustive.TotalHits);
                if (topScores.TotalHitsRelation == TotalHitsRelation.EqualTo)
                {
                    Assert.Equal(exhaustive.TotalHits, topScores.TotalHits);
                }

                pruned += topScores.TotalHits < exhaustive.TotalHits ? 1 : 0;
            }
        }

        // Equal results prove nothing if nothing was ever skipped.
        Assert.True(pruned > 50, $"only {pruned} searches skipped documents");
    }

    [Fact]
    public void PruningSkipsDocumentsThatCannotCompeteAndKeepsTheTopHits()
    {
        using var directory = new RamDirectory();
        Analyzer analyzer = AnalyzerRegistry.Get("da");
        using (var writer = new IndexWriter(directory))
        {
            // "alfa" everywhere (low idf, many impact blocks), "kilo" in every 100th document (high idf).
            for (int i = 0; i < 5000; i++)
            {
                string body = i % 100 == 0 ? "alfa kilo" : string.Join(' ', Enumerable.Repeat("alfa", 1 + (i % 7)));
                writer.AddDocument(new Document().Add(Field.Keyword("id", "d" + i, stored: true)).Add(Field.Text("body", body, analyzer)));
            }

            writer.Commit();
        }

        using DirectoryReader reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Query query = new BooleanQueryBuilder().Add(new TermQuery("body", "alfa"), Occur.Should).Add(new TermQuery("body", "kilo"), Occur.Should).Build();

        TopDocs exhaustive = searcher.Search(query, 10);
        TopDocs topScores = searcher.Search(query, 10, exactTotal: false);

        SearchAssert.SameHits(exhaustive.ScoreDocs, topScores.ScoreDocs, query.ToString());
        Assert.All(topScores.ScoreDocs, hit => Assert.Equal(0, hit.Doc % 100));
        Assert.Equal(5000, exhaustive.TotalHits);
        Assert.Equal(TotalHitsRelation.GreaterThanOrEqualTo, topScores.TotalHitsRelation);
        Assert.True(topScores.TotalHits < 1200, $"{topScores.TotalHits} documents were scored; the ones with only 'alfa' cannot compete");
    }

    [Fact]
    public void ASingleTermSkipsWholeBlocksBelowTheBar()
    {
        using var directory = new RamDirectory();
        Analyzer analyzer = AnalyzerRegistry.Get("da");
        using (var writer = new IndexWriter(directory))
        {
            // Long fields score low; one short field per 1000 documents scores high.
            for (int i = 0; i < 4000; i++)
            {
                string body = i % 1000 == 500 ? "alfa" : "alfa " + string.Join(' ', Enumerable.Repeat("bravo", 30));
                writer.AddDocument(new Document().Add(Field.Keyword("id", "d" + i, stored: true)).Add(Field.Text("body", body, analyzer)));
            }

            writer.Commit();
        }

        using DirectoryReader reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var query = new TermQuery("body", "alfa");

        TopDocs exhaustive = searcher.Search(query, 4);
        TopDocs topScores = searcher.Search(query, 4, exactTotal: false);

        SearchAssert.SameHits(exhaustive.ScoreDocs, topScores.ScoreDocs, query.ToString());
        Assert.Equal([500, 1500, 2500, 3500], topScores.ScoreDocs.Select(hit => hit.Doc));
        Assert.True(topScores.TotalHits < 2000, $"{topScores.TotalHits} documents were collected; blocks without a short field cannot compete");
    }
}
