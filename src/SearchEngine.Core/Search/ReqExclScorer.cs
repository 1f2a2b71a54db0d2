namespace SearchEngine.Core.Search;

/// <summary>
/// Matches the documents of a required scorer that an excluded scorer (the MustNot clauses) does not match; the
/// score is the required scorer's. The excluded scorer only advances to documents the required one proposes.
/// </summary>
internal sealed class ReqExclScorer(Scorer required, Scorer excluded) : Scorer
{
    private int doc = -1;

    /// <inheritdoc />
    public override int DocId => doc;

    /// <inheritdoc />
    public override long Cost => required.Cost;

    /// <inheritdoc />
    public override int NextDoc() => doc = SkipExcluded(required.NextDoc());

    /// <inheritdoc />
    public override int Advance(int target) => doc = SkipExcluded(required.Advance(target));

    /// <inheritdoc />
    public override float Score() => required.Score();

    /// <inheritdoc />
    public override int AdvanceShallow(int target) => required.AdvanceShallow(target);

    /// <inheritdoc />
    public override float GetMaxScore(int upTo) => required.GetMaxScore(upTo);

    /// <summary>Passes the bar on: exclusion only removes documents, so the required scorer may prune as if alone.</summary>
    public override void SetMinCompetitiveScore(float minScore) => required.SetMinCompetitiveScore(minScore);

    private int SkipExcluded(int candidate)
    {
        while (candidate != NoMoreDocs)
        {
            int excludedDoc = excluded.DocId;
            if (excludedDoc < candidate)
            {
                excludedDoc = excluded.Advance(candidate);
            }

            if (excludedDoc != candidate)
            {
                return candidate;
            }

            candidate = required.NextDoc();
        }

        return NoMoreDocs;
    }
}
