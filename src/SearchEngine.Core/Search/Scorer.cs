namespace SearchEngine.Core.Search;

/// <summary>
/// Iterates the matching documents of one segment in increasing doc id order and scores the current one.
/// </summary>
/// <remarks>
/// Deleted documents are the caller's concern: scorers may return them, and collectors skip them. Scorers that
/// know the maximum score of a range of documents (from block impacts) override <see cref="GetMaxScore"/> and
/// <see cref="AdvanceShallow"/>, so top-k collection can skip blocks that cannot compete.
/// </remarks>
internal abstract class Scorer
{
    /// <summary>The doc id after the last: iteration has ended.</summary>
    public const int NoMoreDocs = int.MaxValue;

    /// <summary>Gets the current doc id: -1 before the first <see cref="NextDoc"/>, <see cref="NoMoreDocs"/> after the last.</summary>
    public abstract int DocId { get; }

    /// <summary>Gets an estimate of the number of documents this scorer visits (for ordering conjunctions by rarity).</summary>
    public abstract long Cost { get; }

    /// <summary>Advances to the next matching document and returns its id, or <see cref="NoMoreDocs"/>.</summary>
    public abstract int NextDoc();

    /// <summary>Advances to the first matching document at or after <paramref name="target"/> (beyond the current one).</summary>
    public abstract int Advance(int target);

    /// <summary>Returns the score of the current document.</summary>
    public abstract float Score();

    /// <summary>
    /// Returns an upper bound of the score of any document from the current one up to <paramref name="upTo"/>
    /// (inclusive); the default knows no bound.
    /// </summary>
    public virtual float GetMaxScore(int upTo) => float.MaxValue;

    /// <summary>
    /// Moves score bookkeeping (not the current document) to the block containing <paramref name="target"/> and
    /// returns the last doc id that block covers; the default covers everything.
    /// </summary>
    public virtual int AdvanceShallow(int target) => NoMoreDocs;

    /// <summary>Tells the scorer that documents scoring below <paramref name="minScore"/> are no longer wanted.</summary>
    public virtual void SetMinCompetitiveScore(float minScore)
    {
    }
}
