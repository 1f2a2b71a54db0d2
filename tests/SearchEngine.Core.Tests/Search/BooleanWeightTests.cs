using SearchEngine.Core.Search;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Search;

public sealed class BooleanWeightTests
{
    [Theory]
    [InlineData(nameof(ScoreMode.Complete))]
    [InlineData(nameof(ScoreMode.TopScores))]
    public void ScoringEveryDocumentAllocatesNothingPerDocument(string modeName)
    {
        ScoreMode mode = Enum.Parse<ScoreMode>(modeName);
        using var directory = new RamDirectory();
        using RandomCorpus corpus = RandomCorpus.Build(directory, seed: 51, segments: 2, docsPerSegment: 3000);
        string[] body = corpus.Vocabulary[RandomCorpus.Body];
        string[] title = corpus.Vocabulary[RandomCorpus.Title];

        // Every scorer kind: conjunction, disjunctions (heap or MaxScore), minimum-should-match, required-optional, exclusion, constant score.
        Query query = new BooleanQueryBuilder()
            .Add(new BooleanQueryBuilder().Add(Term(RandomCorpus.Body, body[0]), Occur.Should).Add(Term(RandomCorpus.Body, body[1]), Occur.Should).Add(Term(RandomCorpus.Title, title[0]), Occur.Should).Build(), Occur.Must)
            .Add(new BooleanQueryBuilder().Add(Term(RandomCorpus.Body, body[2]), Occur.Should).Add(Term(RandomCorpus.Body, body[3]), Occur.Should).Add(Term(RandomCorpus.Body, body[4]), Occur.Should).SetMinimumShouldMatch(2).Build(), Occur.Should)
            .Add(new BoostQuery(Term(RandomCorpus.Title, title[1]), 2f), Occur.Should)
            .Add(new ConstantScoreQuery(Term(RandomCorpus.Body, body[5])), Occur.Should)
            .Add(Term(RandomCorpus.Body, body[6]), Occur.MustNot)
            .Add(new BooleanQueryBuilder().Add(new MatchAllDocsQuery(), Occur.Must).Add(Term(RandomCorpus.Tag, "fraværende"), Occur.MustNot).Build(), Occur.Filter)
            .Build();
        Weight weight = corpus.Searcher.CreateWeight(query, mode);

        int scored = 0;
        long creatingOnly = SteadyState.AllocatedBytes(() => Run(weight, corpus.Searcher, mode, iterate: false, ref scored));
        scored = 0;
        long scoringAll = SteadyState.AllocatedBytes(() => Run(weight, corpus.Searcher, mode, iterate: true, ref scored));

        Assert.True(scored > 5000, $"only {scored} documents scored per run");
        Assert.True(scoringAll - creatingOnly < 8192, $"scoring allocated {scoringAll - creatingOnly} bytes more than creating the scorers, for {scored / 8} documents per run");
    }

    private static TermQuery Term(string field, string text) => new(field, text);

    private static void Run(Weight weight, IndexSearcher searcher, ScoreMode mode, bool iterate, ref int scored)
    {
        foreach (LeafContext leaf in searcher.Leaves)
        {
            Scorer scorer = weight.GetScorer(leaf)!;
            int doc = scorer.NextDoc();
            if (!iterate)
            {
                continue;
            }

            float sum = 0;
            for (; doc != Scorer.NoMoreDocs; doc = scorer.NextDoc())
            {
                sum += scorer.Score();
                scored++;

                // A low bar switches pruning on without skipping most documents.
                if (mode == ScoreMode.TopScores && scored % 1000 == 0)
                {
                    scorer.SetMinCompetitiveScore(0.01f * (scored / 1000));
                }
            }

            Assert.True(sum >= 0);
        }
    }
}
