using SearchEngine.News.Engines;
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
