using System.Collections.Concurrent;
using SearchEngine.Core.Documents;
using SearchEngine.Core.Search;
using SearchEngine.Core.Search.Similarities;

namespace SearchEngine.Core.Highlighting;

/// <summary>
/// Weighs terms by their BM25 idf in a searcher's index, as the search scored them, so a passage with a rare
/// query term beats one with a common term.
/// </summary>
/// <remarks>
/// Asked once per term of a compiled plan (plans are cached), each time one dictionary lookup per segment. A
/// field the index does not know weighs every term 1, as the highlighter does without a searcher.
/// </remarks>
internal sealed class SearcherTermWeights
{
    private readonly IndexSearcher searcher;
    private readonly ConcurrentDictionary<string, long> documentCounts = new(StringComparer.Ordinal);

    /// <summary>Initializes the weights of the terms of <paramref name="searcher"/>'s index.</summary>
    public SearcherTermWeights(IndexSearcher searcher)
    {
        this.searcher = searcher;
    }

    /// <summary>Returns the BM25 idf of <paramref name="term"/>.</summary>
    public float Weight(Term term)
    {
        long documents = documentCounts.GetOrAdd(term.Field, static (field, s) => s.CollectionStatistics(field)?.DocCount ?? 0, searcher);
        if (documents == 0)
        {
            return 1f;
        }

        TermStatistics statistics = searcher.TermStatistics(term.Field, term.Text);
        return BM25Similarity.Idf(statistics.DocFreq, documents);
    }
}
