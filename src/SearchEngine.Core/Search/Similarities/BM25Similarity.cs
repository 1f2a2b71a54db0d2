using SearchEngine.Core.Util;

namespace SearchEngine.Core.Search.Similarities;

/// <summary>
/// Okapi BM25 exactly as Lucene 8 computes it, so scores agree with Lucene's to float precision: idf
/// <c>ln(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5))</c>, document length decoded from the one-byte norm,
/// and <c>weight - weight / (1 + freq / (k1 * (1 - b + b * length / avgLength)))</c> with weight = boost * idf.
/// </summary>
/// <remarks>
/// The last form equals <c>weight * freq / (freq + k1 * (...))</c>; Lucene rewrites it so scores grow monotonically
/// with frequency and shrink with length under float rounding, which block-max pruning relies on. The 256
/// possible norm bytes are turned into a table of inverse length normalizations once per field and query.
/// </remarks>
internal sealed class BM25Similarity
{
    /// <summary>Initializes BM25 with Lucene's defaults k1 = 1.2, b = 0.75.</summary>
    public BM25Similarity(float k1 = 1.2f, float b = 0.75f)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k1);
        if (b is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(b), b, "b must be between 0 and 1.");
        }

        K1 = k1;
        B = b;
    }

    /// <summary>Gets the term frequency saturation.</summary>
    public float K1 { get; }

    /// <summary>Gets the length normalization strength.</summary>
    public float B { get; }

    /// <summary>Returns Lucene's BM25 idf of a term in <paramref name="docFreq"/> of <paramref name="docCount"/> documents.</summary>
    public static float Idf(long docFreq, long docCount) => (float)Math.Log(1 + ((docCount - docFreq + 0.5d) / (docFreq + 0.5d)));

    /// <summary>Creates the scoring function of terms with summed idf <paramref name="idf"/> in a field with <paramref name="statistics"/>.</summary>
    public BM25Scorer CreateScorer(float boost, float idf, CollectionStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        float averageLength = (float)(statistics.SumTotalTermFreq / (double)statistics.DocCount);
        float[] inverseNorms = new float[256];
        for (int i = 0; i < 256; i++)
        {
            inverseNorms[i] = 1f / (K1 * ((1 - B) + (B * SmallFloat.Byte4ToInt((byte)i) / averageLength)));
        }

        return new BM25Scorer(boost * idf, inverseNorms);
    }
}
