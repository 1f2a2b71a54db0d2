using Lucene.Net.Search.Similarities;

namespace SearchEngine.Engines.LuceneNet.Scoring;

/// <summary>
/// The statistics of one BM25 term or phrase: its (summed) idf, its boosts and the inverse length normalization
/// of every norm byte. Lucene 4.8 passes the query's own boost when the weight is made and the boost of the
/// enclosing queries in <see cref="Normalize"/>.
/// </summary>
internal sealed class Bm25Weight : Similarity.SimWeight
{
    private readonly float idf;
    private readonly float queryBoost;

    /// <summary>Initializes the weight of terms with summed idf <paramref name="idf"/> in <paramref name="field"/>.</summary>
    public Bm25Weight(string field, float idf, float queryBoost, float[] inverseNorms)
    {
        Field = field;
        this.idf = idf;
        this.queryBoost = queryBoost;
        InverseNorms = inverseNorms;
        Value = queryBoost * idf;
    }

    /// <summary>Gets the field scored.</summary>
    public string Field { get; }

    /// <summary>Gets <c>1 / (k1 * (1 - b + b * length / avgdl))</c> of each norm byte.</summary>
    public float[] InverseNorms { get; }

    /// <summary>Gets the score's upper bound: every boost times the idf.</summary>
    public float Value { get; private set; }

    /// <inheritdoc/>
    public override float GetValueForNormalization()
    {
        float value = queryBoost * idf;
        return value * value;
    }

    /// <inheritdoc/>
    public override void Normalize(float queryNorm, float topLevelBoost) => Value = queryBoost * topLevelBoost * idf;
}
