using SearchEngine.Core.Codecs.Norms;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search.Similarities;

namespace SearchEngine.Core.Search;

/// <summary>A term query bound to a searcher: the term looked up once per segment, and its BM25 function.</summary>
internal sealed class TermWeight : Weight
{
    private readonly TermQuery query;
    private readonly TermStates states;
    private readonly BM25Scorer? scorer;

    public TermWeight(TermQuery query, IndexSearcher searcher, ScoreMode scoreMode, float boost)
        : base(query)
    {
        this.query = query;
        states = TermStates.Build(searcher, query.Field, query.Bytes);
        CollectionStatistics? statistics = searcher.CollectionStatistics(query.Field);
        if (scoreMode != ScoreMode.CompleteNoScores && states.Exists && statistics is not null)
        {
            float idf = BM25Similarity.Idf(states.Statistics.DocFreq, statistics.DocCount);
            scorer = searcher.Similarity.CreateScorer(boost, idf, statistics);
        }
    }

    /// <inheritdoc />
    public override Scorer? GetScorer(LeafContext context)
    {
        TermInfo? info = states.Get(context);
        if (info is null)
        {
            return null;
        }

        TermsEnum terms = context.Reader.GetTerms(query.Field)!.GetIterator();
        terms.SeekExact(query.Bytes, info.Value);
        PostingsEnum postings = terms.Postings(null, scorer is null ? PostingsFeatures.None : PostingsFeatures.Freqs);
        NormValues? norms = context.Reader.GetNorms(query.Field);
        return new TermScorer(postings, scorer, norms);
    }
}
