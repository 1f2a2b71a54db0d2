namespace SearchEngine.Core.Search;

/// <summary>
/// A <see cref="BooleanQuery"/> bound to a searcher: one weight per clause, and per segment the scorer tree
/// Lucene 8 builds: a conjunction of the required clauses, a disjunction (or minimum-should-match scorer) of the
/// Should clauses, combined by required-optional summing, and the MustNot clauses excluded last.
/// </summary>
internal sealed class BooleanWeight : Weight
{
    private readonly Weight[] weights;
    private readonly Occur[] occurs;
    private readonly int minimumShouldMatch;
    private readonly ScoreMode scoreMode;

    public BooleanWeight(BooleanQuery query, IndexSearcher searcher, ScoreMode scoreMode, float boost)
        : base(query)
    {
        this.scoreMode = scoreMode;
        minimumShouldMatch = query.MinimumShouldMatch;
        weights = new Weight[query.Clauses.Count];
        occurs = new Occur[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            BooleanClause clause = query.Clauses[i];
            occurs[i] = clause.Occur;

            // Filter and MustNot clauses only decide matching: their scorers need not score.
            ScoreMode clauseMode = clause.IsScoring ? scoreMode : ScoreMode.CompleteNoScores;
            weights[i] = clause.Query.CreateWeight(searcher, clauseMode, boost);
        }
    }

    private bool NeedsScores => scoreMode != ScoreMode.CompleteNoScores;

    /// <inheritdoc />
    public override Scorer? GetScorer(LeafContext context)
    {
        var required = new List<Scorer>();
        var requiredScores = new List<bool>();
        var optional = new List<Scorer>();
        var prohibited = new List<Scorer>();
        for (int i = 0; i < weights.Length; i++)
        {
            Scorer? scorer = weights[i].GetScorer(context);
            switch (occurs[i])
            {
                case Occur.Must or Occur.Filter when scorer is null:
                    return null;
                case Occur.Must or Occur.Filter:
                    required.Add(scorer);
                    requiredScores.Add(NeedsScores && occurs[i] == Occur.Must);
                    break;
                case Occur.Should when scorer is not null:
                    optional.Add(scorer);
                    break;
                case Occur.MustNot when scorer is not null:
                    prohibited.Add(scorer);
                    break;
            }
        }

        int minShould = minimumShouldMatch;
        if (optional.Count < minShould || (required.Count == 0 && optional.Count == 0))
        {
            return null;
        }

        // Optional clauses next to required ones only add scores; without scores they change nothing.
        if (!NeedsScores && minShould == 0 && required.Count > 0)
        {
            optional.Clear();
        }

        // When every Should clause must match, they are simply required (and scoring).
        if (minShould > 0 && minShould == optional.Count)
        {
            foreach (Scorer scorer in optional)
            {
                required.Add(scorer);
                requiredScores.Add(NeedsScores);
            }

            optional.Clear();
            minShould = 0;
        }

        Scorer main;
        if (optional.Count == 0)
        {
            main = Conjunction(required, requiredScores);
        }
        else if (required.Count == 0)
        {
            main = Disjunction(optional, Math.Max(1, minShould));
        }
        else if (minShould > 0)
        {
            // Enough Should clauses must match: their disjunction is one more required, scoring, part.
            required.Add(Disjunction(optional, minShould));
            requiredScores.Add(NeedsScores);
            main = Conjunction(required, requiredScores);
        }
        else
        {
            main = new ReqOptSumScorer(Conjunction(required, requiredScores), Disjunction(optional, 1));
        }

        if (prohibited.Count == 0)
        {
            return main;
        }

        Scorer excluded = prohibited.Count == 1 ? prohibited[0] : new DisjunctionSumScorer(prohibited);
        return new ReqExclScorer(main, excluded);
    }

    private Scorer Conjunction(List<Scorer> scorers, List<bool> scores)
    {
        if (scorers.Count > 1)
        {
            return new ConjunctionScorer(scorers, scores);
        }

        // A lone Filter clause matches but must not add its score.
        return scores[0] || !NeedsScores ? scorers[0] : new ConstantScoreScorer(scorers[0], 0f);
    }

    private Scorer Disjunction(List<Scorer> scorers, int minShould)
    {
        if (minShould > 1)
        {
            return new DisjunctionMinShouldMatchScorer(scorers, minShould);
        }

        if (scorers.Count == 1)
        {
            return scorers[0];
        }

        // Only top-k search may skip documents; exact totals and counting need every match.
        return scoreMode == ScoreMode.TopScores && scorers.Count <= MaxScoreDisjunctionScorer.MaxClauses
            ? new MaxScoreDisjunctionScorer(scorers)
            : new DisjunctionSumScorer(scorers);
    }
}
