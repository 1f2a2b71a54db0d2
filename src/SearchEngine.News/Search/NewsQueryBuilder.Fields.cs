using SearchEngine.Analysis;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.News.Querying;
using SearchEngine.News.QueryParsing;

namespace SearchEngine.News.Search;

/// <content>Analysis of query text into per-field term and phrase queries, and dates.</content>
internal static partial class NewsQueryBuilder
{
    /// <summary>
    /// Builds the query for title (boosted) and body and combines them as Lucene's MultiFieldQueryParser does: when
    /// the text analyzes to several words, the i-th word's field queries form the i-th clause.
    /// </summary>
    private static Query? AcrossTextFields(string language, Func<string, Query?> perField)
    {
        Query? title = perField(NewsFields.TitleOf(language));
        Query? body = perField(NewsFields.BodyOf(language));
        var perWord = new List<Query>();
        int words = Math.Max(WordCount(title), WordCount(body));
        for (int i = 0; i < words; i++)
        {
            var fields = new BooleanQueryBuilder();
            if (Word(title, i) is Query t)
            {
                fields.Add(new BoostQuery(t, TitleBoost), Occur.Should);
            }

            if (Word(body, i) is Query b)
            {
                fields.Add(b, Occur.Should);
            }

            if (fields.Count > 0)
            {
                perWord.Add(fields.Build());
            }
        }

        if (perWord.Count == 0)
        {
            return null;
        }

        if (perWord.Count == 1)
        {
            return perWord[0];
        }

        var all = new BooleanQueryBuilder();
        foreach (Query word in perWord)
        {
            all.Add(word, Occur.Should);
        }

        return all.Build();
    }

    private static int WordCount(Query? query) => query switch
    {
        null => 0,
        BooleanQuery boolean => boolean.Clauses.Count,
        _ => 1,
    };

    private static Query? Word(Query? query, int index) => query switch
    {
        BooleanQuery boolean => index < boolean.Clauses.Count ? boolean.Clauses[index].Query : null,
        null => null,
        _ => index == 0 ? query : null,
    };

    /// <summary>One term query, or a disjunction of the words the analyzer made of the text (Lucene's non-phrase multi-term behaviour), or null for stop words.</summary>
    private static Query? TermsOf(string field, string text, Analyzer analyzer)
    {
        List<PhraseTerm> tokens = Analyze(text, analyzer);
        if (tokens.Count == 0)
        {
            return null;
        }

        if (tokens.Count == 1)
        {
            return new TermQuery(field, tokens[0].Text);
        }

        var builder = new BooleanQueryBuilder();
        foreach (PhraseTerm token in tokens)
        {
            builder.Add(new TermQuery(field, token.Text), Occur.Should);
        }

        return builder.Build();
    }

    private static Query? PhraseOf(string field, string text, int slop, Analyzer analyzer)
    {
        List<PhraseTerm> tokens = Analyze(text, analyzer);
        return tokens.Count switch
        {
            0 => null,
            1 => new TermQuery(field, tokens[0].Text),
            _ => new PhraseQuery(field, tokens, slop),
        };
    }

    private static List<PhraseTerm> Analyze(string text, Analyzer analyzer)
    {
        var tokens = new List<PhraseTerm>();
        TokenStream stream = analyzer.GetTokenStream(text);
        int position = -1;
        while (stream.IncrementToken())
        {
            position += stream.Attributes.PositionIncrement;
            tokens.Add(new PhraseTerm(stream.Attributes.Term.ToString(), position));
        }

        return tokens;
    }

    private static ArticleDate? ParseDate(string? text)
    {
        if (text is null or "*")
        {
            return null;
        }

        return ArticleDate.TryParse(text, out ArticleDate date)
            ? date
            : throw new QueryParseException(new QueryParseError(0, 0, $"bad date '{text}': expected YYYY, YYYY-MM or YYYY-MM-DD"));
    }

    private static Query? Boost(Query? query, float boost) => query is null || boost == 1f ? query : new BoostQuery(query, boost);
}
