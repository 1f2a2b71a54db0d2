using SearchEngine.News.Engines;
using SearchEngine.News.Highlighting;
using SearchEngine.News.Indexing;
using SearchEngine.News.Querying;

namespace SearchEngine.News.Search;

/// <content>Looking an article up by id and reading it back as stored.</content>
public sealed partial class NewsSearcher
{
    private static readonly HashSet<string> ArticleFields = new(StringComparer.Ordinal)
    {
        NewsFields.Id, NewsFields.Language, NewsFields.Date, NewsFields.Title, NewsFields.Body, NewsFields.Person, NewsFields.Organization,
    };

    /// <summary>
    /// Returns the article <paramref name="id"/> with its title and whole body as HTML, every match of
    /// <paramref name="query"/> marked as a search's hits are (analysed in the article's language; filters and
    /// clauses on other fields mark nothing), or null when this snapshot has none; an empty query marks nothing.
    /// </summary>
    /// <exception cref="QueryParsing.QueryParseException">The query does not parse (with the position).</exception>
    /// <exception cref="InvalidSearchRequestException">The query is longer than <see cref="NewsSearchLimits.MaxQueryLength"/>.</exception>
    public HighlightedArticle? GetArticle(string id, string query)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(query);
        var request = new NewsSearchRequest(query);
        Validate(request);
        Query marking = BuildQuery(request);
        if (GetArticle(id) is not StoredArticle article)
        {
            return null;
        }

        if (!highlighters.TryGetValue(article.Language, out PassageHighlighter? highlighter))
        {
            return new HighlightedArticle(article, System.Net.WebUtility.HtmlEncode(article.Title), System.Net.WebUtility.HtmlEncode(article.Body));
        }

        HighlightedText title = highlighter.HighlightWhole(marking, NewsFields.TitleOf(article.Language), article.Title);
        HighlightedText body = highlighter.HighlightWhole(marking, NewsFields.BodyOf(article.Language), article.Body);
        return new HighlightedArticle(article, title.ToHtml(), body.ToHtml());
    }

    /// <summary>Returns the article <paramref name="id"/> as this snapshot stores it, or null when it has none.</summary>
    public StoredArticle? GetArticle(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        EngineTopDocs top = Snapshot.Search(new TermQuery(NewsFields.Id, id), 1);
        if (top.ScoreDocs.Count == 0)
        {
            return null;
        }

        string? language = null;
        string? date = null;
        string? title = null;
        string? body = null;
        var persons = new List<string>();
        var organizations = new List<string>();
        foreach ((string field, string value) in Snapshot.LoadStored(top.ScoreDocs[0].Doc, ArticleFields))
        {
            switch (field)
            {
                case NewsFields.Language:
                    language = value;
                    break;
                case NewsFields.Date:
                    date = value;
                    break;
                case NewsFields.Title:
                    title = value;
                    break;
                case NewsFields.Body:
                    body = value;
                    break;
                case NewsFields.Person:
                    persons.Add(value);
                    break;
                case NewsFields.Organization:
                    organizations.Add(value);
                    break;
                default:
                    break;
            }
        }

        return new StoredArticle(id, language ?? string.Empty, date, title ?? string.Empty, body ?? string.Empty, persons, organizations);
    }
}
