using SearchEngine.Core.Index;

namespace SearchEngine.Core.Search;

/// <summary>
/// One term looked up once in every segment: where it is in each segment's dictionary, and its index-wide
/// statistics; scorers re-position on it without searching the dictionary again.
/// </summary>
internal sealed class TermStates
{
    private readonly TermInfo?[] perLeaf;

    private TermStates(TermInfo?[] perLeaf, TermStatistics statistics)
    {
        this.perLeaf = perLeaf;
        Statistics = statistics;
    }

    /// <summary>Gets the term's index-wide statistics.</summary>
    public TermStatistics Statistics { get; }

    /// <summary>Gets a value indicating whether any segment contains the term.</summary>
    public bool Exists => Statistics.DocFreq > 0;

    /// <summary>Looks <paramref name="term"/> up in <paramref name="field"/> of every segment.</summary>
    public static TermStates Build(IndexSearcher searcher, string field, ReadOnlySpan<byte> term)
    {
        var infos = new TermInfo?[searcher.Leaves.Count];
        long docFreq = 0;
        long totalTermFreq = 0;
        foreach (LeafContext leaf in searcher.Leaves)
        {
            TermsEnum? terms = leaf.Reader.GetTerms(field)?.GetIterator();
            if (terms is not null && terms.SeekExact(term))
            {
                infos[leaf.Ordinal] = terms.TermInfo;
                docFreq += terms.DocFreq;
                totalTermFreq += terms.TotalTermFreq;
            }
        }

        return new TermStates(infos, new TermStatistics(docFreq, totalTermFreq));
    }

    /// <summary>Returns the term's dictionary entry in segment <paramref name="leaf"/>, or null when the segment lacks it.</summary>
    public TermInfo? Get(LeafContext leaf) => perLeaf[leaf.Ordinal];
}
