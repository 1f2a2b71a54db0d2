using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchEngine.Engines.LuceneNet.Scoring;

/// <summary>Scores the documents of one segment for one BM25 term or phrase from the frequency and the field's norm byte.</summary>
internal sealed class Bm25DocScorer(Bm25Weight weight, NumericDocValues? norms) : Similarity.SimScorer
{
    private readonly float value = weight.Value;
    private readonly float[] inverseNorms = weight.InverseNorms;

    /// <inheritdoc/>
    public override float Score(int doc, float freq)
    {
        // Without norms (a keyword field) Lucene 8 reads the norm byte as 1.
        float inverseNorm = inverseNorms[norms is null ? 1 : (byte)norms.Get(doc)];
        return value - (value / (1f + (freq * inverseNorm)));
    }

    /// <summary>Returns the frequency one sloppy phrase match adds: <c>1 / (distance + 1)</c>.</summary>
    public override float ComputeSlopFactor(int distance) => 1f / (distance + 1);

    /// <inheritdoc/>
    public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1f;
}
