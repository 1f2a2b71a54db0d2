namespace SearchEngine.Core.Search;

/// <summary>
/// Matches the documents every sub-scorer matches (Must and Filter clauses): a leapfrog driven by the rarest
/// sub-scorer, the others jumping with <see cref="Scorer.Advance"/> so their skip data is used. The score is the
/// sum of the scoring sub-scorers' scores, in double, cast to float at the end (as Lucene's ConjunctionScorer).
/// </summary>
internal sealed class ConjunctionScorer : Scorer
{
    private readonly Scorer lead;
    private readonly Scorer[] others;
    private readonly Scorer[] scoring;
    private readonly BooleanScoreBounds bounds;
    private int doc = -1;

    /// <summary>Initializes the conjunction of <paramref name="scorers"/>, of which those flagged in <paramref name="scores"/> add their scores.</summary>
    public ConjunctionScorer(IReadOnlyList<Scorer> scorers, IReadOnlyList<bool> scores)
    {
        // Ascending cost: the rarest leads, and the next rarest are asked first, so mismatches surface early.
        var byCost = new Scorer[scorers.Count];
        var scoringList = new List<Scorer>(scorers.Count);
        for (int i = 0; i < scorers.Count; i++)
        {
            byCost[i] = scorers[i];
            if (scores[i])
            {
                scoringList.Add(scorers[i]);
            }
        }

        Array.Sort(byCost, static (a, b) => a.Cost.CompareTo(b.Cost));
        lead = byCost[0];
        others = byCost[1..];
        scoring = [.. scoringList];
        bounds = new BooleanScoreBounds(scoring);
    }

    /// <inheritdoc />
    public override int DocId => doc;

    /// <inheritdoc />
    public override long Cost => lead.Cost;

    /// <inheritdoc />
    public override int NextDoc() => doc = DoNext(lead.NextDoc());

    /// <inheritdoc />
    public override int Advance(int target) => doc = DoNext(lead.Advance(target));

    /// <inheritdoc />
    public override float Score()
    {
        // Clause order, so the rounding is the same whichever scorer leads.
        double sum = 0;
        foreach (Scorer scorer in scoring)
        {
            sum += scorer.Score();
        }

        return (float)sum;
    }

    /// <inheritdoc />
    public override int AdvanceShallow(int target) => bounds.AdvanceShallow(target);

    /// <inheritdoc />
    public override float GetMaxScore(int upTo) => bounds.GetMaxScore(upTo);

    // Every other scorer stays at or before the lead; when one overshoots, the lead jumps to it and all restart.
    private int DoNext(int candidate)
    {
        while (candidate != NoMoreDocs)
        {
            bool agreed = true;
            foreach (Scorer other in others)
            {
                if (other.DocId < candidate)
                {
                    int next = other.Advance(candidate);
                    if (next > candidate)
                    {
                        candidate = lead.Advance(next);
                        agreed = false;
                        break;
                    }
                }
            }

            if (agreed)
            {
                return candidate;
            }
        }

        return NoMoreDocs;
    }
}
