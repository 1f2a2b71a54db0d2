using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchEngine.Engines.LuceneNet.Scoring;

/// <summary>
/// Lucene 8's BM25 on Lucene.Net 4.8's similarity extension points, so scores equal Java Lucene 8's: the norm is
/// the field length (<see cref="LengthNorm"/>), idf and the average length use the field's document count, and a
/// term scores <c>weight - weight / (1 + freq / (k1 * (1 - b + b * length / avgdl)))</c> with weight = boost * idf
/// (no (k1 + 1) factor). Coord and query norm stay 1, as in Lucene 8.
/// </summary>
internal sealed class Lucene8Bm25Similarity : Similarity
{
    /// <summary>The term frequency saturation.</summary>
    public const float K1 = 1.2f;

    /// <summary>The length normalization strength.</summary>
    public const float B = 0.75f;

    /// <summary>Gets the shared instance (the similarity holds no state).</summary>
    public static Lucene8Bm25Similarity Instance { get; } = new();

    /// <summary>Returns Lucene's BM25 idf of a term in <paramref name="docFreq"/> of <paramref name="docCount"/> documents.</summary>
    public static float Idf(long docFreq, long docCount) => (float)Math.Log(1 + ((docCount - docFreq + 0.5d) / (docFreq + 0.5d)));

    /// <summary>Returns the average field length: total term frequency over the documents that have the field.</summary>
    public static float AverageLength(CollectionStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        long docCount = DocCount(statistics);

        // A field indexed without frequencies (a keyword) reports -1; Lucene 8 counts one per posting there.
        long sum = statistics.SumTotalTermFreq >= 0 ? statistics.SumTotalTermFreq : statistics.SumDocFreq;
        return sum <= 0 || docCount <= 0 ? 1f : (float)(sum / (double)docCount);
    }

    /// <summary>Returns the number of documents with the field (BM25's N), or every document where the codec does not count.</summary>
    public static long DocCount(CollectionStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return statistics.DocCount == -1 ? statistics.MaxDoc : statistics.DocCount;
    }

    /// <inheritdoc/>
    public override long ComputeNorm(FieldInvertState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return LengthNorm.Encode(state.Length - state.NumOverlap);
    }

    /// <inheritdoc/>
    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        ArgumentNullException.ThrowIfNull(collectionStats);
        ArgumentNullException.ThrowIfNull(termStats);
        long docCount = DocCount(collectionStats);
        float idf = 0;
        foreach (TermStatistics term in termStats)
        {
            idf += Idf(term.DocFreq, docCount);
        }

        float averageLength = AverageLength(collectionStats);
        float[] inverseNorms = new float[256];
        for (int i = 0; i < inverseNorms.Length; i++)
        {
            inverseNorms[i] = 1f / (K1 * ((1 - B) + (B * LengthNorm.Decode((byte)i) / averageLength)));
        }

        return new Bm25Weight(collectionStats.Field, idf, queryBoost, inverseNorms);
    }

    /// <inheritdoc/>
    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bm25 = (Bm25Weight)weight;
        return new Bm25DocScorer(bm25, context.AtomicReader.GetNormValues(bm25.Field));
    }
}
