using SearchEngine.Core.Codecs.Norms;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search.Similarities;

namespace SearchEngine.Core.Search;

/// <summary>
/// A phrase query bound to a searcher: each term looked up once per segment, and the BM25 function of the
/// phrase, whose idf is the sum of the terms' idfs (a repeated term counts each time), as in Lucene 8.
/// </summary>
internal sealed class PhraseWeight : Weight
{
    private readonly PhraseQuery query;
    private readonly TermStates[] states;
    private readonly string[] texts;
    private readonly BM25Scorer? function;

    public PhraseWeight(PhraseQuery query, IndexSearcher searcher, ScoreMode scoreMode, float boost)
        : base(query)
    {
        this.query = query;
        int count = query.Terms.Count;
        states = new TermStates[count];
        texts = new string[count];
        for (int i = 0; i < count; i++)
        {
            states[i] = TermStates.Build(searcher, query.Field, query.TermBytes[i]);
            texts[i] = query.Terms[i].Term;
        }

        CollectionStatistics? statistics = searcher.CollectionStatistics(query.Field);
        if (scoreMode == ScoreMode.CompleteNoScores || statistics is null)
        {
            return;
        }

        // Lucene sums the float idfs in a double and rounds once; terms absent from the index are left out.
        double idf = 0;
        bool any = false;
        foreach (TermStates state in states)
        {
            if (state.Exists)
            {
                idf += BM25Similarity.Idf(state.Statistics.DocFreq, statistics.DocCount);
                any = true;
            }
        }

        if (any)
        {
            function = searcher.Similarity.CreateScorer(boost, (float)idf, statistics);
        }
    }

    /// <inheritdoc />
    public override Scorer? GetScorer(LeafContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Terms? fieldTerms = context.Reader.GetTerms(query.Field);
        if (states.Length == 0 || fieldTerms is null)
        {
            return null;
        }

        if (!fieldTerms.HasPositions)
        {
            throw new InvalidOperationException($"Field \"{query.Field}\" was indexed without positions; cannot run the phrase query {query}.");
        }

        var infos = new TermInfo[states.Length];
        for (int i = 0; i < states.Length; i++)
        {
            if (states[i].Get(context) is not TermInfo info)
            {
                // A term missing from this segment: no document here can contain the phrase.
                return null;
            }

            infos[i] = info;
        }

        // Each query term gets its own postings, even a repeated one: the matchers walk them independently.
        TermsEnum termsEnum = fieldTerms.GetIterator();
        var terms = new PhrasePositions[states.Length];
        for (int i = 0; i < terms.Length; i++)
        {
            termsEnum.SeekExact(query.TermBytes[i], infos[i]);
            terms[i] = new PhrasePositions(termsEnum.Postings(null, PostingsFeatures.Positions), query.PositionAt(i), i);
        }

        PhraseMatcher matcher = query.Slop == 0 ? new ExactPhraseMatcher(terms) : new SloppyPhraseMatcher(terms, query.Slop, texts);
        NormValues? norms = function is null ? null : context.Reader.GetNorms(query.Field);
        return new PhraseScorer(terms, matcher, function, norms);
    }
}
