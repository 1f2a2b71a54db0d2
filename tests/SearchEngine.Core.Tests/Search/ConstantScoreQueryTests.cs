using SearchEngine.Core.Search;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Search;

public sealed class ConstantScoreQueryTests
{
    [Fact]
    public void EveryMatchScoresTheBoost()
    {
        using var directory = new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed: 41, segments: 2, docsPerSegment: 100);
        Query inner = new BooleanQueryBuilder()
            .Add(new TermQuery(RandomCorpus.Body, corpus.Vocabulary[RandomCorpus.Body][0]), Occur.Should)
            .Add(new TermQuery(RandomCorpus.Title, corpus.Vocabulary[RandomCorpus.Title][1]), Occur.Should)
            .Build();

        TopDocs relevance = corpus.Searcher.Search(inner, corpus.Reader.MaxDoc);
        TopDocs constant = corpus.Searcher.Search(new BoostQuery(new ConstantScoreQuery(inner), 3f), corpus.Reader.MaxDoc);

        Assert.NotEmpty(constant.ScoreDocs);
        Assert.Equal(relevance.ScoreDocs.Select(hit => hit.Doc).Order(), constant.ScoreDocs.Select(hit => hit.Doc));
        Assert.All(constant.ScoreDocs, hit => Assert.Equal(3f, hit.Score));
    }

    [Fact]
    public void AFilterClauseRestrictsMatchesWithoutChangingScores()
    {
        using var directory = new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed: 42, segments: 2, docsPerSegment: 100);
        var term = new TermQuery(RandomCorpus.Body, corpus.Vocabulary[RandomCorpus.Body][0]);
        var tag = new TermQuery(RandomCorpus.Tag, corpus.Vocabulary[RandomCorpus.Tag][0]);
        Query filtered = new BooleanQueryBuilder().Add(term, Occur.Must).Add(tag, Occur.Filter).Build();

        TopDocs all = corpus.Searcher.Search(term, corpus.Reader.MaxDoc);
        TopDocs hits = corpus.Searcher.Search(filtered, corpus.Reader.MaxDoc);

        var expected = all.ScoreDocs.Where(hit => corpus.Docs[hit.Doc].Freq(RandomCorpus.Tag, tag.Text) > 0).ToList();
        Assert.NotEmpty(expected);
        SearchAssert.SameHits(expected, hits.ScoreDocs, filtered.ToString());
    }
}
