namespace SearchEngine.Core.Search;

/// <summary>
/// Iterates another scorer's documents and gives each the same score: constant-score queries, and lone Filter
/// clauses of a boolean query (score 0).
/// </summary>
internal sealed class ConstantScoreScorer(Scorer inner, float score) : Scorer
{
    /// <inheritdoc />
    public override int DocId => inner.DocId;

    /// <inheritdoc />
    public override long Cost => inner.Cost;

    /// <inheritdoc />
    public override int NextDoc() => inner.NextDoc();

    /// <inheritdoc />
    public override int Advance(int target) => inner.Advance(target);

    /// <inheritdoc />
    public override float Score() => score;

    /// <summary>Returns the constant: no document scores more (the default <see cref="Scorer.AdvanceShallow"/> covers everything).</summary>
    public override float GetMaxScore(int upTo) => score;
}
