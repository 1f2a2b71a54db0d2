using SearchEngine.Core.Search;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Tests.Search;

/// <summary>
/// The oracle: evaluates a query tree on every live document of a <see cref="RandomCorpus"/> model, with Lucene 8's
/// boolean semantics and BM25 computed from raw statistics (docCount and docFreq counting deleted documents,
/// lengths decoded from the norm byte, k1 1.2, b 0.75, <c>weight - weight / (1 + freq * invNorm)</c>).
/// </summary>
internal sealed class BruteForceSearcher
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    private readonly RandomCorpus corpus;
    private readonly Dictionary<string, (long DocCount, long SumTotalTermFreq)> fieldStats = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Field, string Text), long> docFreqs = [];

    public BruteForceSearcher(RandomCorpus corpus)
    {
        this.corpus = corpus;
        foreach (CorpusDoc doc in corpus.Docs)
        {
            foreach ((string field, int length) in doc.Lengths)
            {
                (long count, long sum) = fieldStats.GetValueOrDefault(field);
                fieldStats[field] = (count + 1, sum + length);
            }
        }
    }

    /// <summary>Returns every live match, by expected score descending, doc id ascending.</summary>
    public List<ScoreDoc> Search(Query query)
    {
        var hits = new List<ScoreDoc>();
        for (int doc = 0; doc < corpus.Docs.Count; doc++)
        {
            if (corpus.Docs[doc].Live && Evaluate(query, corpus.Docs[doc], 1f, out float score))
            {
                hits.Add(new ScoreDoc(doc, score));
            }
        }

        hits.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return hits;
    }

    private bool Evaluate(Query query, CorpusDoc doc, float boost, out float score)
    {
        score = 0f;
        switch (query)
        {
            case TermQuery term:
                int freq = doc.Freq(term.Field, term.Text);
                if (freq == 0)
                {
                    return false;
                }

                score = Bm25(term.Field, term.Text, freq, doc, boost);
                return true;
            case MatchAllDocsQuery:
                score = boost;
                return true;
            case BoostQuery boosted:
                return Evaluate(boosted.Query, doc, boost * boosted.Boost, out score);
            case ConstantScoreQuery constant:
                score = boost;
                return Evaluate(constant.Query, doc, 1f, out _);
            case BooleanQuery boolean:
                return EvaluateBoolean(boolean, doc, boost, out score);
            default:
                throw new NotSupportedException(query.GetType().Name);
        }
    }

    private bool EvaluateBoolean(BooleanQuery query, CorpusDoc doc, float boost, out float score)
    {
        score = 0f;
        double sum = 0;
        int required = 0;
        int shouldMatches = 0;
        foreach (BooleanClause clause in query.Clauses)
        {
            bool matches = Evaluate(clause.Query, doc, boost, out float clauseScore);
            switch (clause.Occur)
            {
                case Occur.Must or Occur.Filter when !matches:
                case Occur.MustNot when matches:
                    return false;
                case Occur.Must:
                    sum += clauseScore;
                    required++;
                    break;
                case Occur.Filter:
                    required++;
                    break;
                case Occur.Should when matches:
                    sum += clauseScore;
                    shouldMatches++;
                    break;
            }
        }

        // Without a required clause, at least one Should clause must match; an empty or purely negative query matches nothing.
        int minimum = required == 0 ? Math.Max(1, query.MinimumShouldMatch) : query.MinimumShouldMatch;
        if (shouldMatches < minimum)
        {
            return false;
        }

        score = (float)sum;
        return true;
    }

    private float Bm25(string field, string text, int freq, CorpusDoc doc, float boost)
    {
        (long docCount, long sumTotalTermFreq) = fieldStats[field];
        if (!docFreqs.TryGetValue((field, text), out long docFreq))
        {
            foreach (CorpusDoc other in corpus.Docs)
            {
                docFreq += other.Freq(field, text) > 0 ? 1 : 0;
            }

            docFreqs[(field, text)] = docFreq;
        }

        float idf = (float)Math.Log(1 + ((docCount - docFreq + 0.5d) / (docFreq + 0.5d)));
        float weight = boost * idf;
        float averageLength = (float)(sumTotalTermFreq / (double)docCount);

        // Keyword fields have no norms: Lucene scores them as length 1 (norm byte 1).
        byte norm = field == RandomCorpus.Tag ? (byte)1 : SmallFloat.IntToByte4(doc.Lengths[field]);
        float inverseNorm = 1f / (K1 * ((1 - B) + (B * SmallFloat.Byte4ToInt(norm) / averageLength)));
        return weight - (weight / (1f + (freq * inverseNorm)));
    }
}
