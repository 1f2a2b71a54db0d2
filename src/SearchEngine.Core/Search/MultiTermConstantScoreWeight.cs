using SearchEngine.Core.Index;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Search;

/// <summary>
/// The weight of a <see cref="MultiTermQuery"/>: per segment, the union of the matching terms' postings as a bit
/// set, every document scoring the boost.
/// </summary>
internal sealed class MultiTermConstantScoreWeight : Weight
{
    private readonly MultiTermQuery query;
    private readonly float score;
    private readonly QueryBudget budget;

    // Terms expanded so far over the segments scored: the weight serves one search, its segments one after another.
    private long expanded;

    public MultiTermConstantScoreWeight(MultiTermQuery query, float boost, QueryBudget budget)
        : base(query)
    {
        this.query = query;
        score = boost;
        this.budget = budget;
    }

    /// <inheritdoc />
    public override Scorer? GetScorer(LeafContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TermsEnum? terms = context.Reader.GetTerms(query.Field)?.GetIterator();
        if (terms is null || !query.SeekFirst(terms))
        {
            return null;
        }

        int maxDoc = context.Reader.MaxDoc;
        FixedBitSet? docs = null;
        PostingsEnum? postings = null;
        do
        {
            if (query.IsPastEnd(terms.Term))
            {
                break;
            }

            if (++expanded > budget.MaxTermExpansions && budget.MaxTermExpansions > 0)
            {
                throw new TermExpansionLimitException(query, budget.MaxTermExpansions);
            }

            budget.CancellationToken.ThrowIfCancellationRequested();
            docs ??= new FixedBitSet(maxDoc);
            postings = terms.Postings(postings, PostingsFeatures.None);
            for (int doc = postings.NextDoc(); doc != PostingsEnum.NoMoreDocs; doc = postings.NextDoc())
            {
                docs.Set(doc);
            }
        }
        while (terms.MoveNext());

        return docs is null ? null : new MultiTermBitSetScorer(docs, score);
    }
}
