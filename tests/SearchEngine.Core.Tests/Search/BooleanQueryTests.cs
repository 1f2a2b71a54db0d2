using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Search;

public sealed class BooleanQueryTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("ram", 1)]
    [InlineData("ram", 2)]
    [InlineData("fs", 3)]
    public void RandomQueriesMatchAndScoreAsTheBruteForceEvaluator(string kind, int seed)
    {
        using IndexDirectory directory = kind == "fs" ? new FileSystemDirectory(temp.Path) : new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed);
        var oracle = new BruteForceSearcher(corpus);
        var random = new Random(seed * 7919);
        int matched = 0;
        for (int i = 0; i < 400; i++)
        {
            Query query = RandomQueries.Mixed(random, corpus);
            List<ScoreDoc> expected = oracle.Search(query);
            SearchAssert.MatchesOracle(expected, corpus.Searcher.Search(query, corpus.Reader.MaxDoc), query);
            Assert.Equal(expected.Count, corpus.Searcher.Count(query));
            matched += expected.Count > 0 ? 1 : 0;
        }

        // The generator must not degenerate into queries that match nothing.
        Assert.True(matched > 200, $"only {matched} of 400 queries matched anything");
    }

    [Fact]
    public void APurelyNegativeQueryMatchesNothing()
    {
        using var directory = new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed: 5, segments: 2, docsPerSegment: 50);
        string[] terms = corpus.Vocabulary[RandomCorpus.Body];
        Query[] queries =
        [
            new BooleanQueryBuilder().Add(new TermQuery(RandomCorpus.Body, terms[0]), Occur.MustNot).Build(),
            new BooleanQueryBuilder().Add(new TermQuery(RandomCorpus.Body, terms[0]), Occur.MustNot).Add(new TermQuery(RandomCorpus.Body, "fraværende"), Occur.MustNot).Build(),
            new BooleanQueryBuilder().Add(new MatchAllDocsQuery(), Occur.MustNot).SetMinimumShouldMatch(1).Build(),
        ];
        foreach (Query query in queries)
        {
            AssertMatchesNothing(corpus.Searcher, query);
        }
    }

    [Fact]
    public void AnEmptyBooleanQueryMatchesNothing()
    {
        using var directory = new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed: 6, segments: 2, docsPerSegment: 50);
        AssertMatchesNothing(corpus.Searcher, new BooleanQuery([]));
        AssertMatchesNothing(corpus.Searcher, new BooleanQueryBuilder().SetMinimumShouldMatch(1).Build());
    }

    [Fact]
    public void ExcludingFromAllDocumentsLeavesTheLiveDocumentsWithoutTheTerm()
    {
        using var directory = new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed: 7, segments: 3, docsPerSegment: 80);
        string term = corpus.Vocabulary[RandomCorpus.Body][0];
        Query query = new BooleanQueryBuilder().Add(new MatchAllDocsQuery(), Occur.Must).Add(new TermQuery(RandomCorpus.Body, term), Occur.MustNot).Build();

        TopDocs hits = corpus.Searcher.Search(query, corpus.Reader.MaxDoc);

        var expected = new List<int>();
        for (int doc = 0; doc < corpus.Docs.Count; doc++)
        {
            if (corpus.Docs[doc].Live && corpus.Docs[doc].Freq(RandomCorpus.Body, term) == 0)
            {
                expected.Add(doc);
            }
        }

        Assert.Equal(expected, hits.ScoreDocs.Select(hit => hit.Doc));
        Assert.All(hits.ScoreDocs, hit => Assert.Equal(1f, hit.Score));
    }

    [Fact]
    public void ASingleMustOrShouldClauseRewritesToItsQuery()
    {
        var term = new TermQuery("body", "regering");
        using var directory = new RamDirectory();
        using DirectoryReader reader = EmptyIndex(directory);
        var searcher = new IndexSearcher(reader);
        Assert.Same(term, new BooleanQueryBuilder().Add(term, Occur.Must).Build().Rewrite(searcher));
        Assert.Same(term, new BooleanQueryBuilder().Add(term, Occur.Should).SetMinimumShouldMatch(1).Build().Rewrite(searcher));
    }

    [Fact]
    public void ALoneFilterRewritesToAConstantScoreOfZero()
    {
        var term = new TermQuery("body", "regering");
        using var directory = new RamDirectory();
        using DirectoryReader reader = EmptyIndex(directory);
        var searcher = new IndexSearcher(reader);
        Query rewritten = new BooleanQueryBuilder().Add(term, Occur.Filter).Build().Rewrite(searcher);
        Assert.Equal(new BoostQuery(new ConstantScoreQuery(term), 0f), rewritten);
    }

    [Fact]
    public void QueriesThatCannotMatchRewriteToAnEmptyBooleanQuery()
    {
        var a = new TermQuery("body", "a");
        var b = new TermQuery("body", "b");
        using var directory = new RamDirectory();
        using DirectoryReader reader = EmptyIndex(directory);
        var searcher = new IndexSearcher(reader);
        var empty = new BooleanQuery([]);
        Assert.Equal(empty, new BooleanQueryBuilder().Add(a, Occur.MustNot).Add(b, Occur.MustNot).Build().Rewrite(searcher));
        Assert.Equal(empty, new BooleanQueryBuilder().Add(a, Occur.Should).Add(b, Occur.Should).SetMinimumShouldMatch(3).Build().Rewrite(searcher));
        Assert.Equal(empty, new BooleanQueryBuilder().Add(a, Occur.Must).Add(empty, Occur.Filter).Build().Rewrite(searcher));

        // A Should clause that matches nothing is dropped, leaving the other clause alone.
        Assert.Same(a, new BooleanQueryBuilder().Add(a, Occur.Must).Add(empty, Occur.Should).Build().Rewrite(searcher));
    }

    [Fact]
    public void ToStringUsesTheClassicSyntax()
    {
        Query nested = new BooleanQueryBuilder().Add(new TermQuery("body", "a"), Occur.Should).Add(new TermQuery("body", "b"), Occur.Should).SetMinimumShouldMatch(2).Build();
        Query query = new BooleanQueryBuilder()
            .Add(new TermQuery("body", "c"), Occur.Must)
            .Add(new BoostQuery(new TermQuery("title", "c"), 2f), Occur.Should)
            .Add(new TermQuery("body", "d"), Occur.MustNot)
            .Add(new ConstantScoreQuery(new TermQuery("tag", "x")), Occur.Filter)
            .Add(nested, Occur.Should)
            .Build();

        Assert.Equal("+body:c (title:c)^2.0 -body:d #ConstantScore(tag:x) ((body:a body:b)~2)", query.ToString());
    }

    [Fact]
    public void EqualityIgnoresClauseOrderButNotOccurOrMinimum()
    {
        var a = new TermQuery("body", "a");
        var b = new TermQuery("body", "b");
        BooleanQuery ab = new BooleanQueryBuilder().Add(a, Occur.Must).Add(b, Occur.Should).Build();
        BooleanQuery ba = new BooleanQueryBuilder().Add(b, Occur.Should).Add(a, Occur.Must).Build();

        Assert.Equal(ab, ba);
        Assert.Equal(ab.GetHashCode(), ba.GetHashCode());
        Assert.NotEqual(ab, new BooleanQueryBuilder().Add(a, Occur.Must).Add(b, Occur.Must).Build());
        Assert.NotEqual(ab, new BooleanQueryBuilder().Add(a, Occur.Must).Add(b, Occur.Should).SetMinimumShouldMatch(1).Build());
    }

    private static void AssertMatchesNothing(IndexSearcher searcher, Query query)
    {
        TopDocs hits = searcher.Search(query, 10);
        Assert.Empty(hits.ScoreDocs);
        Assert.Equal(0, hits.TotalHits);
        Assert.Equal(0, searcher.Count(query));
        Assert.Empty(searcher.Search(query, 10, exactTotal: false).ScoreDocs);

        // The weight itself, without the rewrite's help, has no scorer anywhere.
        Weight weight = query.CreateWeight(searcher, ScoreMode.Complete, 1f);
        Assert.All(searcher.Leaves, leaf => Assert.Null(weight.GetScorer(leaf)));
    }

    private static DirectoryReader EmptyIndex(IndexDirectory directory)
    {
        using (var writer = new IndexWriter(directory))
        {
            writer.Commit();
        }

        return DirectoryReader.Open(directory);
    }
}
