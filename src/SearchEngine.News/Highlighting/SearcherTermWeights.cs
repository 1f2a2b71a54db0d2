using System.Collections.Concurrent;
using SearchEngine.News.Engines;

namespace SearchEngine.News.Highlighting;

/// <summary>
/// Weighs terms by their BM25 idf in a snapshot, as the search scored them, so a passage with a rare query term
/// beats one with a common term.
/// </summary>
/// <remarks>
/// Asked once per term of a compiled plan (plans are cached). A field the index does not know weighs every term
/// 1, as the highlighter does without a snapshot.
/// </remarks>
internal sealed class SearcherTermWeights
{
    private readonly IEngineSnapshot snapshot;
    private readonly ConcurrentDictionary<string, long> documentCounts = new(StringComparer.Ordinal);

    /// <summary>Initializes the weights of the terms of <paramref name="snapshot"/>.</summary>
    public SearcherTermWeights(IEngineSnapshot snapshot)
    {
        this.snapshot = snapshot;
    }

    /// <summary>Returns Lucene's BM25 idf of a term in <paramref name="docFreq"/> of <paramref name="docCount"/> documents.</summary>
    public static float Idf(long docFreq, long docCount) => (float)Math.Log(1 + ((docCount - docFreq + 0.5d) / (docFreq + 0.5d)));

    /// <summary>Returns the BM25 idf of <paramref name="text"/> in <paramref name="field"/>.</summary>
    public float Weight(string field, string text)
    {
        long documents = documentCounts.GetOrAdd(field, static (name, s) => s.DocCount(name), snapshot);
        return documents == 0 ? 1f : Idf(snapshot.DocFreq(field, text), documents);
    }
}
