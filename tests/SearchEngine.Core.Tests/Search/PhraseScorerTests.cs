using SearchEngine.Core.Search;
using static SearchEngine.Core.Tests.Search.PhraseTestIndex;

namespace SearchEngine.Core.Tests.Search;

public sealed class PhraseScorerTests
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    [Theory]
    [InlineData("ram")]
    [InlineData("fs")]
    public void APhraseScoresBM25OfItsFrequencyWithTheSumOfItsTermsIdfs(string kind)
    {
        // body lengths 3, 2, 2, 1, 2: docCount 5, average length 10 / 5 = 2; "a" in 4 documents, "b" in 3.
        using PhraseTestIndex index = Build(kind, [Doc("d1", "a b c"), Doc("d2", "a b"), Doc("d3", "b a"), Doc("d4", "c"), Doc("d5", "a a")], segmentSize: 2);
        double idfA = (float)Math.Log(1 + ((5 - 4 + 0.5) / (4 + 0.5)));
        double idfB = (float)Math.Log(1 + ((5 - 3 + 0.5) / (3 + 0.5)));

        Dictionary<string, float> exact = index.Scores(PhraseQueryTests.Phrase("a b"));
        Dictionary<string, float> sloppy = index.Scores(PhraseQueryTests.Phrase("a b", slop: 2));
        Dictionary<string, float> repeated = index.Scores(PhraseQueryTests.Phrase("a a"));

        Assert.Equal(["d1", "d2"], exact.Keys.Order());
        Assert.Equal(Bm25(idfA + idfB, freq: 1, length: 3), exact["d1"], 5);
        Assert.Equal(Bm25(idfA + idfB, freq: 1, length: 2), exact["d2"], 5);
        Assert.Equal(["d1", "d2", "d3"], sloppy.Keys.Order());
        Assert.Equal(exact["d1"], sloppy["d1"]);
        Assert.Equal(Bm25(idfA + idfB, freq: 1.0 / 3, length: 2), sloppy["d3"], 5);

        // A repeated term adds its idf once per occurrence in the phrase, as in Lucene.
        Assert.Equal(Bm25(idfA + idfA, freq: 1, length: 2), Assert.Single(repeated).Value, 5);
    }

    [Fact]
    public void TheBoostMultipliesThePhraseScoreAndNoScoresModeStillMatches()
    {
        using PhraseTestIndex index = Build("ram", [Doc("d1", "a b"), Doc("d2", "b c")]);
        PhraseQuery query = PhraseQueryTests.Phrase("a b", slop: 1);
        float plain = index.Scores(query)["d1"];

        Scorer boosted = query.CreateWeight(index.Searcher, ScoreMode.Complete, 2f).GetScorer(index.Searcher.Leaves[0])!;
        Scorer unscored = query.CreateWeight(index.Searcher, ScoreMode.CompleteNoScores, 1f).GetScorer(index.Searcher.Leaves[0])!;

        Assert.Equal(0, boosted.NextDoc());
        Assert.Equal(2 * plain, boosted.Score(), 5);
        Assert.True(boosted.GetMaxScore(Scorer.NoMoreDocs) >= boosted.Score());
        Assert.Equal(0, unscored.NextDoc());
        Assert.Equal(Scorer.NoMoreDocs, unscored.NextDoc());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void ScoringAPhraseAllocatesNothingPerDocument(int slop)
    {
        PhraseQuery query = PhraseQueryTests.Phrase("a b", slop);

        long few = AllocatedScoring(200, query);
        long many = AllocatedScoring(5000, query);

        Assert.True(many - few < 1024, $"scoring 200 documents allocated {few} bytes, 5000 documents {many}");
    }

    private static long AllocatedScoring(int documents, PhraseQuery query)
    {
        using PhraseTestIndex index = Build("ram", Enumerable.Range(0, documents).Select(i => Doc($"d{i}", i % 3 == 0 ? "b x a b a a b" : "a b c a x b")));
        Weight weight = index.Searcher.CreateWeight(query, ScoreMode.Complete);
        float sum = 0;
        long bytes = SteadyState.AllocatedBytes(() =>
        {
            foreach (LeafContext leaf in index.Searcher.Leaves)
            {
                Scorer scorer = weight.GetScorer(leaf)!;
                for (int doc = scorer.NextDoc(); doc != Scorer.NoMoreDocs; doc = scorer.NextDoc())
                {
                    sum += scorer.Score();
                }
            }
        });
        Assert.True(sum > 0);
        return bytes;
    }

    private static double Bm25(double idf, double freq, int length) => idf * freq / (freq + (K1 * (1 - B + (B * length / 2.0))));
}
