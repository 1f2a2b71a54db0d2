using SearchEngine.Core.Codecs.Norms;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search.Similarities;

namespace SearchEngine.Core.Search;

/// <summary>Iterates one term's postings in a segment and scores each document with BM25; knows block maximum scores from impacts.</summary>
internal sealed class TermScorer : Scorer
{
    // Lucene scores a field without norms as if every document had length 1 (norm byte 1).
    private const byte MissingNorm = 1;

    private readonly PostingsEnum postings;
    private readonly BM25Scorer? function;
    private readonly NormValues? norms;

    public TermScorer(PostingsEnum postings, BM25Scorer? function, NormValues? norms)
    {
        this.postings = postings;
        this.function = function;
        this.norms = norms;
    }

    /// <inheritdoc />
    public override int DocId => postings.DocId;

    /// <inheritdoc />
    public override long Cost => postings.Cost;

    /// <inheritdoc />
    public override int NextDoc() => postings.NextDoc();

    /// <inheritdoc />
    public override int Advance(int target) => postings.Advance(target);

    /// <inheritdoc />
    public override float Score()
    {
        if (function is null)
        {
            return 0f;
        }

        byte norm = norms is null ? MissingNorm : norms.Get(postings.DocId);
        return function.Score(postings.Freq, norm);
    }

    /// <inheritdoc />
    public override int AdvanceShallow(int target)
    {
        postings.AdvanceShallow(target);
        return postings.BlockEndDoc;
    }

    /// <inheritdoc />
    public override float GetMaxScore(int upTo)
    {
        if (function is null)
        {
            return 0f;
        }

        // The impacts describe the block holding the shallow target; blocks beyond it are bounded by the weight.
        if (upTo > postings.BlockEndDoc)
        {
            return function.Weight;
        }

        float max = 0f;
        foreach (Impact impact in postings.GetImpacts())
        {
            max = Math.Max(max, function.Score(impact.Freq, impact.Norm));
        }

        return max;
    }
}
