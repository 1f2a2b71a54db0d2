using SearchEngine.Core.Util;

namespace SearchEngine.Core.Search;

/// <summary>Walks the documents of a bit set in order, each scoring the same constant.</summary>
internal sealed class MultiTermBitSetScorer : Scorer
{
    private readonly FixedBitSet docs;
    private readonly float score;
    private int doc = -1;

    /// <summary>Initializes a scorer over the set bits of <paramref name="docs"/>, scoring <paramref name="score"/>.</summary>
    public MultiTermBitSetScorer(FixedBitSet docs, float score)
    {
        this.docs = docs;
        this.score = score;

        // Counting the bits once is cheap beside collecting them, and an exact cost orders conjunctions well.
        Cost = docs.Cardinality();
    }

    /// <inheritdoc />
    public override int DocId => doc;

    /// <inheritdoc />
    public override long Cost { get; }

    /// <inheritdoc />
    public override int NextDoc() => doc == NoMoreDocs ? NoMoreDocs : Advance(doc + 1);

    /// <inheritdoc />
    public override int Advance(int target)
    {
        // Like postings, a target not beyond the current document moves to the next one.
        if (doc == NoMoreDocs)
        {
            return doc;
        }

        int from = Math.Max(target, doc + 1);
        if (from >= docs.Length)
        {
            return doc = NoMoreDocs;
        }

        int next = docs.NextSetBit(from);
        return doc = next < 0 ? NoMoreDocs : next;
    }

    /// <inheritdoc />
    public override float Score() => score;

    /// <inheritdoc />
    public override float GetMaxScore(int upTo) => score;
}
