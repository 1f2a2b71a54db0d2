namespace SearchEngine.Core.Search;

/// <summary>
/// Matches the documents of a required scorer and adds the score of an optional scorer (Should clauses next to
/// Must or Filter clauses) when it matches too: required + optional in double, cast to float (as Lucene's
/// ReqOptSumScorer). The optional scorer only advances to documents the required one proposes.
/// </summary>
internal sealed class ReqOptSumScorer : Scorer
{
    // Slack, relative to the bar, for the float roundings between a required score and the total compared to it.
    private const double RoundingSlack = 1e-6;

    private readonly Scorer required;
    private readonly Scorer optional;
    private readonly BooleanScoreBounds bounds;
    private float optionalMaxScore = float.NaN;

    /// <summary>Initializes the sum of <paramref name="required"/> and, where it matches, <paramref name="optional"/>.</summary>
    public ReqOptSumScorer(Scorer required, Scorer optional)
    {
        this.required = required;
        this.optional = optional;
        bounds = new BooleanScoreBounds([required, optional]);
    }

    /// <inheritdoc />
    public override int DocId => required.DocId;

    /// <inheritdoc />
    public override long Cost => required.Cost;

    /// <inheritdoc />
    public override int NextDoc() => required.NextDoc();

    /// <inheritdoc />
    public override int Advance(int target) => required.Advance(target);

    /// <inheritdoc />
    public override float Score()
    {
        int doc = required.DocId;
        double sum = required.Score();
        int optionalDoc = optional.DocId;
        if (optionalDoc < doc)
        {
            optionalDoc = optional.Advance(doc);
        }

        if (optionalDoc == doc)
        {
            sum += optional.Score();
        }

        return (float)sum;
    }

    /// <inheritdoc />
    public override int AdvanceShallow(int target) => bounds.AdvanceShallow(target);

    /// <inheritdoc />
    public override float GetMaxScore(int upTo) => bounds.GetMaxScore(upTo);

    /// <summary>
    /// A competitive document needs a required score of at least the bar minus the most the optional part can
    /// add; passing that on lets a required disjunction prune.
    /// </summary>
    public override void SetMinCompetitiveScore(float minScore)
    {
        if (float.IsNaN(optionalMaxScore))
        {
            // A bound over every document from here on. The impacts move through the shared bookkeeping, at the
            // current document, because term scorers refuse to move their impacts back later.
            bounds.AdvanceShallow(1, Math.Max(0, required.DocId));
            optionalMaxScore = bounds.GetMaxScore(1, NoMoreDocs);
        }

        double requiredMin = (double)minScore - optionalMaxScore - (minScore * RoundingSlack);
        if (requiredMin > 0)
        {
            required.SetMinCompetitiveScore((float)requiredMin);
        }
    }
}
