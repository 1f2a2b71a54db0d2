using N = SearchEngine.Core.Search;
using Q = SearchEngine.News.Querying;

namespace SearchEngine.Engines.Native;

/// <summary>Translates the facade's engine-neutral queries into native queries, one to one.</summary>
internal static class NativeQueries
{
    public static N.Query Translate(Q.Query query) => query switch
    {
        Q.TermQuery term => new N.TermQuery(term.Field, term.Text),
        Q.PhraseQuery phrase => new N.PhraseQuery(phrase.Field, Positions(phrase.Terms), phrase.Slop),
        Q.PrefixQuery prefix => new N.PrefixQuery(prefix.Field, prefix.Prefix),
        Q.TermRangeQuery range => new N.TermRangeQuery(range.Field, range.Lower, range.Upper, range.IncludeLower, range.IncludeUpper),
        Q.NumericRangeQuery range => new N.NumericRangeQuery(range.Field, range.Lower, range.Upper),
        Q.MatchAllDocsQuery => new N.MatchAllDocsQuery(),
        Q.BoostQuery boost => new N.BoostQuery(Translate(boost.Inner), boost.Boost),
        Q.BooleanQuery boolean => TranslateBoolean(boolean),
        _ => throw new NotSupportedException($"The native engine cannot run a {query.GetType().Name}."),
    };

    private static N.BooleanQuery TranslateBoolean(Q.BooleanQuery query)
    {
        var builder = new N.BooleanQueryBuilder();
        foreach (Q.BooleanClause clause in query.Clauses)
        {
            builder.Add(Translate(clause.Query), clause.Occur switch
            {
                Q.Occur.Must => N.Occur.Must,
                Q.Occur.MustNot => N.Occur.MustNot,
                Q.Occur.Filter => N.Occur.Filter,
                _ => N.Occur.Should,
            });
        }

        return builder.SetMinimumShouldMatch(query.MinimumShouldMatch).Build();
    }

    private static List<(string Term, int Position)> Positions(IReadOnlyList<Q.PhraseTerm> terms)
    {
        var positions = new List<(string, int)>(terms.Count);
        foreach (Q.PhraseTerm term in terms)
        {
            positions.Add((term.Text, term.Position));
        }

        return positions;
    }
}
