using SearchEngine.Core.Search;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Search;

public sealed class BoostQueryTests
{
    [Fact]
    public void ABoostOfTwoDoublesEveryScoreExactly()
    {
        using var directory = new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed: 31, segments: 2, docsPerSegment: 100);
        var term = new TermQuery(RandomCorpus.Title, corpus.Vocabulary[RandomCorpus.Title][0]);

        TopDocs plain = corpus.Searcher.Search(term, corpus.Reader.MaxDoc);
        TopDocs boosted = corpus.Searcher.Search(new BoostQuery(term, 2f), corpus.Reader.MaxDoc);

        Assert.NotEmpty(plain.ScoreDocs);
        Assert.Equal(plain.ScoreDocs.Select(hit => (hit.Doc, hit.Score * 2)), boosted.ScoreDocs.Select(hit => (hit.Doc, hit.Score)));
    }

    [Fact]
    public void NestedBoostsFoldIntoOneAndABoostOfOneDisappears()
    {
        var term = new TermQuery("title", "a");
        using var directory = new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed: 32, segments: 1, docsPerSegment: 10);

        Assert.Equal(new BoostQuery(term, 6f), new BoostQuery(new BoostQuery(term, 2f), 3f).Rewrite(corpus.Searcher));
        Assert.Same(term, new BoostQuery(term, 1f).Rewrite(corpus.Searcher));
        Assert.Equal("(title:a)^2.5", new BoostQuery(term, 2.5f).ToString());
    }

    [Theory]
    [InlineData(-1f)]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void NegativeOrNonFiniteBoostsAreRejected(float boost) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoostQuery(new TermQuery("title", "a"), boost));
}
