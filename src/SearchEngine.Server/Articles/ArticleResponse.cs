using System.Text.Json.Serialization;
using SearchEngine.News.Search;

namespace SearchEngine.Server.Articles;

/// <summary>
/// The answer to <c>GET /api/articles/{id}</c>: the article in the JSON Lines schema, as stored, and its title and
/// whole body as HTML with every match of <c>q</c> marked, for a page that shows the article read from a search.
/// </summary>
/// <param name="Id">The article id.</param>
/// <param name="Language">The language, <c>da</c> or <c>nl</c>.</param>
/// <param name="Date">The date as given, or null.</param>
/// <param name="Title">The title as stored.</param>
/// <param name="Body">The body as stored.</param>
/// <param name="Persons">The persons, as given or extracted.</param>
/// <param name="Organizations">The organizations, as given or extracted.</param>
/// <param name="TitleHtml">The title HTML-escaped, each match of q in &lt;mark&gt;.</param>
/// <param name="BodyHtml">The whole body HTML-escaped with its line breaks as stored, each match of q in &lt;mark&gt;.</param>
internal sealed record ArticleResponse(
    string Id,
    [property: JsonPropertyName("lang")] string Language,
    string? Date,
    string Title,
    string Body,
    IReadOnlyList<string> Persons,
    IReadOnlyList<string> Organizations,
    string TitleHtml,
    string BodyHtml)
{
    /// <summary>Returns the response of an article highlighted by the facade.</summary>
    public static ArticleResponse From(HighlightedArticle highlighted)
    {
        ArgumentNullException.ThrowIfNull(highlighted);
        var article = highlighted.Article;
        return new(article.Id, article.Language, article.Date, article.Title, article.Body, article.Persons, article.Organizations, highlighted.TitleHtml, highlighted.BodyHtml);
    }
}
