using System.Text;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search.Similarities;

namespace SearchEngine.Core.Search;

/// <summary>
/// Runs queries over one point-in-time reader: index-wide statistics for scoring, and top-k collection across
/// its segments. Thread-safe: many threads may search one searcher at once.
/// </summary>
public sealed class IndexSearcher
{
    /// <summary>Initializes a searcher over <paramref name="reader"/> with Lucene's default BM25.</summary>
    public IndexSearcher(DirectoryReader reader, BM25Similarity? similarity = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Reader = reader;
        Similarity = similarity ?? new BM25Similarity();
        var leaves = new LeafContext[reader.Segments.Count];
        for (int i = 0; i < leaves.Length; i++)
        {
            leaves[i] = new LeafContext(reader.Segments[i], reader.DocBase(i), i);
        }

        Leaves = leaves;
    }

    /// <summary>Gets the reader searched.</summary>
    public DirectoryReader Reader { get; }

    /// <summary>Gets the scoring function.</summary>
    public BM25Similarity Similarity { get; }

    /// <summary>Gets the segments, in order.</summary>
    public IReadOnlyList<LeafContext> Leaves { get; }

    /// <summary>Returns the statistics of <paramref name="field"/> summed over segments, or null when no segment indexes it.</summary>
    public CollectionStatistics? CollectionStatistics(string field)
    {
        long docCount = 0;
        long sumTotalTermFreq = 0;
        long sumDocFreq = 0;
        foreach (LeafContext leaf in Leaves)
        {
            Terms? terms = leaf.Reader.GetTerms(field);
            if (terms is not null)
            {
                docCount += terms.DocCount;
                sumTotalTermFreq += terms.SumTotalTermFreq;
                sumDocFreq += terms.SumDocFreq;
            }
        }

        return docCount == 0 ? null : new CollectionStatistics(field, Reader.MaxDoc, docCount, sumTotalTermFreq, sumDocFreq);
    }

    /// <summary>Returns the index-wide statistics of the term <paramref name="text"/> of <paramref name="field"/>.</summary>
    public TermStatistics TermStatistics(string field, string text) => TermStates.Build(this, field, Encoding.UTF8.GetBytes(text)).Statistics;

    /// <summary>Returns the <paramref name="n"/> best live documents for <paramref name="query"/> and the exact number of matches.</summary>
    public TopDocs Search(Query query, int n)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        Weight weight = CreateWeight(query, ScoreMode.Complete);
        var collector = new TopScoreCollector(n);
        foreach (LeafContext leaf in Leaves)
        {
            Scorer? scorer = weight.GetScorer(leaf);
            if (scorer is null)
            {
                continue;
            }

            SegmentReader reader = leaf.Reader;
            for (int doc = scorer.NextDoc(); doc != Scorer.NoMoreDocs; doc = scorer.NextDoc())
            {
                if (reader.IsLive(doc))
                {
                    collector.Collect(leaf.DocBase + doc, scorer.Score());
                }
            }
        }

        return new TopDocs(collector.TotalHits, collector.Results());
    }

    /// <summary>Returns the number of live documents matching <paramref name="query"/>.</summary>
    public long Count(Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Weight weight = CreateWeight(query, ScoreMode.CompleteNoScores);
        long count = 0;
        foreach (LeafContext leaf in Leaves)
        {
            Scorer? scorer = weight.GetScorer(leaf);
            if (scorer is null)
            {
                continue;
            }

            for (int doc = scorer.NextDoc(); doc != Scorer.NoMoreDocs; doc = scorer.NextDoc())
            {
                if (leaf.Reader.IsLive(doc))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Rewrites <paramref name="query"/> until it no longer changes and creates its weight.</summary>
    public Weight CreateWeight(Query query, ScoreMode scoreMode)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query rewritten = query;
        for (Query next = rewritten.Rewrite(this); !ReferenceEquals(next, rewritten); next = rewritten.Rewrite(this))
        {
            rewritten = next;
        }

        return rewritten.CreateWeight(this, scoreMode, 1f);
    }
}
