using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.News.Engines;

namespace SearchEngine.Engines.LuceneNet.Queries;

/// <summary>
/// The rewrite of one search's prefix and term-range queries: it first counts the terms the query matches over every
/// segment (a walk of the term dictionary, no postings), checking the token as it goes, and throws
/// <see cref="TermExpansionLimitException"/> past the budget's limit; within it, the query rewrites as 4.8's default
/// (constant-score auto rewrite) does, so matches and scores do not change.
/// </summary>
/// <remarks>
/// Counting before rewriting bounds the postings work that follows, which 4.8 does without any check: the filter it
/// builds per segment reads every matching term's postings into a bit set.
/// </remarks>
internal sealed class BudgetedRewrite(EngineQueryBudget budget) : MultiTermQuery.RewriteMethod
{
    /// <inheritdoc/>
    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(query);
        CancellationToken token = budget.CancellationToken;
        long expanded = 0;
        foreach (AtomicReaderContext leaf in reader.Leaves)
        {
            token.ThrowIfCancellationRequested();
            Terms? terms = leaf.AtomicReader.GetTerms(query.Field);
            if (terms is null)
            {
                continue;
            }

            TermsEnum matching = GetTermsEnum(query, terms, new AttributeSource());
            while (matching.MoveNext())
            {
                if (++expanded > budget.MaxTermExpansions && budget.MaxTermExpansions > 0)
                {
                    throw new TermExpansionLimitException(query.Field, query.ToString(), budget.MaxTermExpansions);
                }

                if ((expanded & 1023) == 0)
                {
                    token.ThrowIfCancellationRequested();
                }
            }
        }

        return MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT.Rewrite(reader, query);
    }
}
