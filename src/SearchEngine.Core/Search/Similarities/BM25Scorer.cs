namespace SearchEngine.Core.Search.Similarities;

/// <summary>Scores one query term (or phrase) in one field: a function of frequency and the document's norm byte.</summary>
internal sealed class BM25Scorer
{
    private readonly float weight;
    private readonly float[] inverseNorms;

    internal BM25Scorer(float weight, float[] inverseNorms)
    {
        this.weight = weight;
        this.inverseNorms = inverseNorms;
    }

    /// <summary>Gets the score's upper bound (boost * idf), approached as frequency grows.</summary>
    public float Weight => weight;

    /// <summary>Returns the score of a document where the term occurs <paramref name="freq"/> times and whose norm byte is <paramref name="norm"/>.</summary>
    public float Score(float freq, byte norm) => weight - (weight / (1f + (freq * inverseNorms[norm])));
}
