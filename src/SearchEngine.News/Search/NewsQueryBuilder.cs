using SearchEngine.Analysis;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.News.Querying;
using SearchEngine.News.QueryParsing;

namespace SearchEngine.News.Search;

/// <summary>
/// Turns a parsed query into an engine query for one language, the way Lucene 8's MultiFieldQueryParser does
/// over <c>title_L</c> (boost 2) and <c>body_L</c>: each unfielded term, phrase or prefix becomes a disjunction
/// over the two fields; words the analyzer splits become one clause per word, transposed across fields;
/// words that analyze to nothing (stop words) drop out, and a group left with one plain clause is unwrapped.
/// </summary>
/// <remarks>
/// Field queries: <c>title:</c> and <c>body:</c> search that field of the language (unboosted, as Lucene does
/// for an explicit field); <c>person:</c>, <c>organization:</c> and <c>lang:</c> are exact values; <c>date:</c>
/// takes <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> and ranges of those, on the date doc values.
/// </remarks>
internal static partial class NewsQueryBuilder
{
    /// <summary>The title's weight relative to the body.</summary>
    public const float TitleBoost = 2f;

    /// <summary>Returns the fields the query syntax accepts, with their aliases.</summary>
    public static IReadOnlyList<QueryField> QueryFields { get; } =
    [
        new QueryField("title"),
        new QueryField("body"),
        new QueryField("person"),
        new QueryField("organization", "org"),
        new QueryField("lang"),
        new QueryField("date"),
    ];

    /// <summary>Builds the engine query of <paramref name="node"/> for <paramref name="language"/>, analysing text with <paramref name="analyzer"/>; null when nothing is left to search.</summary>
    public static Query? Build(QueryNode node, string language, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(analyzer);
        return Boost(BuildNode(node, language, analyzer), node.Boost);
    }

    private static Query? BuildNode(QueryNode node, string language, Analyzer analyzer) => node switch
    {
        MatchAllNode => new MatchAllDocsQuery(),
        BooleanNode boolean => BuildBoolean(boolean, language, analyzer),
        TermNode term => BuildTerm(term.Field, term.Text, language, analyzer),
        PhraseNode phrase => BuildPhrase(phrase.Field, phrase.Text, phrase.Slop, language, analyzer),
        PrefixNode prefix => BuildPrefix(prefix.Field, prefix.Prefix, language),
        RangeNode range => BuildRange(range),
        _ => throw new NotSupportedException($"Unknown query node {node.GetType().Name}."),
    };

    private static Query? BuildBoolean(BooleanNode node, string language, Analyzer analyzer)
    {
        var builder = new BooleanQueryBuilder();
        foreach (QueryClause clause in node.Clauses)
        {
            Query? query = Boost(BuildNode(clause.Node, language, analyzer), clause.Node.Boost);
            if (query is not null)
            {
                builder.Add(query, clause.Occur switch
                {
                    QueryOccur.Must => Occur.Must,
                    QueryOccur.MustNot => Occur.MustNot,
                    _ => Occur.Should,
                });
            }
        }

        if (builder.Count == 0)
        {
            return null;
        }

        BooleanQuery built = builder.Build();
        return built.Clauses.Count == 1 && built.Clauses[0].Occur is Occur.Should or Occur.Must ? built.Clauses[0].Query : built;
    }

    private static Query? BuildTerm(string? field, string text, string language, Analyzer analyzer)
    {
        switch (field)
        {
            case null:
                return AcrossTextFields(language, f => TermsOf(f, text, analyzer));
            case "title" or "body":
                return TermsOf(field + "_" + language, text, analyzer);
            case "person" or "organization":
                return new TermQuery(field, text);
            case "lang":
                return new TermQuery(NewsFields.Language, text.ToLowerInvariant());
            case "date":
                return ParseDate(text) is ArticleDate date ? DateQueries.For(DateFilter.Exactly(date)) : new MatchAllDocsQuery();
            default:
                throw new QueryParseException(new QueryParseError(0, 0, $"unknown field '{field}'"));
        }
    }

    private static Query? BuildPhrase(string? field, string text, int slop, string language, Analyzer analyzer)
    {
        switch (field)
        {
            case null:
                return AcrossTextFields(language, f => PhraseOf(f, text, slop, analyzer));
            case "title" or "body":
                return PhraseOf(field + "_" + language, text, slop, analyzer);
            default:
                // Exact-value fields take the quoted text as one value ("Mette Frederiksen").
                return BuildTerm(field, text, language, analyzer);
        }
    }

    private static Query? BuildPrefix(string? field, string prefix, string language)
    {
        // Like Lucene's classic parser, a prefix is lower-cased but not stemmed; and as in its MultiFieldQueryParser
        // the field boosts apply to terms and phrases only, so an unfielded prefix scores 1 per matching field.
        string normalized = prefix.ToLowerInvariant();
        return field switch
        {
            null => new BooleanQuery(
            [
                new BooleanClause(new PrefixQuery(NewsFields.TitleOf(language), normalized), Occur.Should),
                new BooleanClause(new PrefixQuery(NewsFields.BodyOf(language), normalized), Occur.Should),
            ]),
            "title" or "body" => new PrefixQuery(field + "_" + language, normalized),
            "person" or "organization" => new PrefixQuery(field, prefix),
            _ => new PrefixQuery(field, normalized),
        };
    }

    private static Query? BuildRange(RangeNode range) => range.Field switch
    {
        "date" => DateQueries.For(ParseDate(range.Lower), ParseDate(range.Upper), range.IncludeLower, range.IncludeUpper),
        null => throw new QueryParseException(new QueryParseError(range.Span.Start, range.Span.Length, "a range needs a field, e.g. date:[2021-12 TO 2022-02]")),
        _ => new TermRangeQuery(range.Field, range.Lower, range.Upper, range.IncludeLower, range.IncludeUpper),
    };
}
