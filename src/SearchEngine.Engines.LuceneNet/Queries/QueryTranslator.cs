using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneBooleanClause = Lucene.Net.Search.Occur;
using LuceneBooleanQuery = Lucene.Net.Search.BooleanQuery;
using LuceneConstantScoreQuery = Lucene.Net.Search.ConstantScoreQuery;
using LuceneMatchAllDocsQuery = Lucene.Net.Search.MatchAllDocsQuery;
using LuceneNumericRangeQuery = Lucene.Net.Search.NumericRangeQuery;
using LucenePhraseQuery = Lucene.Net.Search.PhraseQuery;
using LucenePrefixQuery = Lucene.Net.Search.PrefixQuery;
using LuceneQuery = Lucene.Net.Search.Query;
using LuceneTermQuery = Lucene.Net.Search.TermQuery;
using LuceneTermRangeQuery = Lucene.Net.Search.TermRangeQuery;
using Neutral = SearchEngine.News.Querying;

namespace SearchEngine.Engines.LuceneNet.Queries;

/// <summary>
/// Translates the facade's engine-neutral queries into Lucene.Net 4.8 queries that match and score the same under
/// <see cref="Scoring.Lucene8Bm25Similarity"/>.
/// </summary>
/// <remarks>
/// Lucene 4.8 has no BoostQuery and no FILTER clause: a boost multiplies the translated query's own boost, and a
/// filter becomes a required <see cref="LuceneConstantScoreQuery"/> with boost 0 (what 4.8's DrillDownQuery does;
/// coord and query norm are 1, so it adds nothing to the score). Prefix and range queries keep 4.8's constant-score
/// rewrite, scoring their boost.
/// </remarks>
internal static class QueryTranslator
{
    /// <summary>
    /// The clause limit of one Lucene BooleanQuery: the facade accepts 1,024 parsed clauses, each of which may become
    /// several Lucene clauses (two languages, several fields); 4.8's default of 1,024 would throw on those.
    /// </summary>
    public const int MaxClauseCount = 1 << 16;

    static QueryTranslator()
    {
        if (LuceneBooleanQuery.MaxClauseCount < MaxClauseCount)
        {
            LuceneBooleanQuery.MaxClauseCount = MaxClauseCount;
        }
    }

    /// <summary>
    /// Returns the Lucene query of <paramref name="query"/>; prefix and term-range queries rewrite with
    /// <paramref name="rewrite"/> when given (one search's <see cref="BudgetedRewrite"/>), else with 4.8's default.
    /// </summary>
    /// <exception cref="ArgumentException">The query, or a query inside it, is not valid; the message names it.</exception>
    public static LuceneQuery Translate(Neutral.Query query, MultiTermQuery.RewriteMethod? rewrite = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query switch
        {
            Neutral.TermQuery term => new LuceneTermQuery(new Term(Field(term.Field, term), Text(term.Text, term))),
            Neutral.PhraseQuery phrase => Phrase(phrase),
            Neutral.PrefixQuery prefix => Rewriting(new LucenePrefixQuery(new Term(Field(prefix.Field, prefix), Text(prefix.Prefix, prefix))), rewrite),
            Neutral.TermRangeQuery range => Rewriting(LuceneTermRangeQuery.NewStringRange(Field(range.Field, range), range.Lower, range.Upper, range.IncludeLower, range.IncludeUpper), rewrite),
            Neutral.NumericRangeQuery range => LuceneNumericRangeQuery.NewInt64Range(
                Field(range.Field, range),
                range.Lower == long.MinValue ? null : range.Lower,
                range.Upper == long.MaxValue ? null : range.Upper,
                minInclusive: true,
                maxInclusive: true),
            Neutral.MatchAllDocsQuery => new LuceneMatchAllDocsQuery(),
            Neutral.BoostQuery boost => Boost(boost, rewrite),
            Neutral.BooleanQuery boolean => Boolean(boolean, rewrite),
            _ => throw new ArgumentException($"The lucenenet engine cannot translate the query type {query.GetType().Name} ({query}).", nameof(query)),
        };
    }

    /// <summary>Returns <paramref name="query"/> as a clause that must match but adds nothing to the score.</summary>
    public static LuceneQuery Filter(LuceneQuery query) => new LuceneConstantScoreQuery(query) { Boost = 0f };

    private static LucenePhraseQuery Phrase(Neutral.PhraseQuery phrase)
    {
        string field = Field(phrase.Field, phrase);
        if (phrase.Terms is null || phrase.Terms.Count == 0)
        {
            throw new ArgumentException($"The phrase query {phrase} has no terms.", nameof(phrase));
        }

        if (phrase.Slop < 0)
        {
            throw new ArgumentException($"The phrase query {phrase} has a negative slop ({phrase.Slop}).", nameof(phrase));
        }

        var translated = new LucenePhraseQuery { Slop = phrase.Slop };
        int last = -1;
        foreach (Neutral.PhraseTerm term in phrase.Terms)
        {
            if (term.Position < last)
            {
                throw new ArgumentException($"The phrase query {phrase} lists the position {term.Position} after {last}; positions must not decrease.", nameof(phrase));
            }

            last = term.Position;
            translated.Add(new Term(field, Text(term.Text, phrase)), term.Position);
        }

        return translated;
    }

    private static MultiTermQuery Rewriting(MultiTermQuery query, MultiTermQuery.RewriteMethod? rewrite)
    {
        if (rewrite is not null)
        {
            query.MultiTermRewriteMethod = rewrite;
        }

        return query;
    }

    private static LuceneQuery Boost(Neutral.BoostQuery boost, MultiTermQuery.RewriteMethod? rewrite)
    {
        ArgumentNullException.ThrowIfNull(boost.Inner);
        if (!float.IsFinite(boost.Boost) || boost.Boost < 0)
        {
            throw new ArgumentException($"The boost of {boost} is {boost.Boost}; a boost is finite and not negative.", nameof(boost));
        }

        LuceneQuery inner = Translate(boost.Inner, rewrite);
        inner.Boost *= boost.Boost;
        return inner;
    }

    private static LuceneBooleanQuery Boolean(Neutral.BooleanQuery boolean, MultiTermQuery.RewriteMethod? rewrite)
    {
        if (boolean.Clauses is null)
        {
            throw new ArgumentException("A boolean query has no clause list.", nameof(boolean));
        }

        if (boolean.MinimumShouldMatch < 0)
        {
            throw new ArgumentException($"The boolean query {boolean} asks for {boolean.MinimumShouldMatch} matching optional clauses.", nameof(boolean));
        }

        // Coord is 1 under the similarity anyway; disabling it says Lucene 8's rule outright.
        var translated = new LuceneBooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = boolean.MinimumShouldMatch };
        foreach (Neutral.BooleanClause clause in boolean.Clauses)
        {
            if (clause.Query is null)
            {
                throw new ArgumentException($"A {clause.Occur} clause of a boolean query has no query.", nameof(boolean));
            }

            LuceneQuery query = Translate(clause.Query, rewrite);
            switch (clause.Occur)
            {
                case Neutral.Occur.Must:
                    translated.Add(query, LuceneBooleanClause.MUST);
                    break;
                case Neutral.Occur.Should:
                    translated.Add(query, LuceneBooleanClause.SHOULD);
                    break;
                case Neutral.Occur.MustNot:
                    translated.Add(query, LuceneBooleanClause.MUST_NOT);
                    break;
                case Neutral.Occur.Filter:
                    translated.Add(Filter(query), LuceneBooleanClause.MUST);
                    break;
                default:
                    throw new ArgumentException($"The clause {clause.Query} has the unknown occur {clause.Occur}.", nameof(boolean));
            }
        }

        return translated;
    }

    private static string Field(string field, Neutral.Query query) =>
        string.IsNullOrEmpty(field) ? throw new ArgumentException($"The query {query} names no field.", nameof(query)) : field;

    private static string Text(string text, Neutral.Query query) =>
        text ?? throw new ArgumentException($"The query {query} has no term text.", nameof(query));
}
