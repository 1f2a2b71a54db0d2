using System.Text.Json;
using SearchEngine.News.Articles;
using SearchEngine.Server.Articles;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// One change in the stream, as JSON: <c>{"change":"put","id":..,"article":{..}}</c> with the article in the API's
/// schema (language resolved; persons and organizations null where the indexer extracts them), or
/// <c>{"change":"delete","id":..}</c>. Applying one twice leaves the index as applying it once.
/// </summary>
/// <param name="Change"><see cref="Put"/> or <see cref="Delete"/>.</param>
/// <param name="Id">The article id.</param>
/// <param name="Article">The article of a put; null for a delete.</param>
internal sealed record ArticleChange(string Change, string Id, ArticleInput? Article)
{
    /// <summary>The change that adds or replaces an article.</summary>
    public const string Put = "put";

    /// <summary>The change that deletes an article.</summary>
    public const string Delete = "delete";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Returns the put of <paramref name="article"/>, validated already.</summary>
    public static ArticleChange ForPut(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleChange(Put, article.Id, new ArticleInput(
            article.Id,
            article.Language,
            article.Date?.ToString(),
            article.Title,
            article.Body,
            article.HasGivenPersons ? [.. article.Persons] : null,
            article.HasGivenOrganizations ? [.. article.Organizations] : null));
    }

    /// <summary>Returns the deletion of <paramref name="id"/>.</summary>
    public static ArticleChange ForDelete(string id) => new(Delete, id, null);

    /// <summary>Reads a change from the stream.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a change.</exception>
    public static ArticleChange Parse(ReadOnlySpan<byte> utf8)
    {
        ArticleChange? change;
        try
        {
            change = JsonSerializer.Deserialize<ArticleChange>(utf8, Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("The message is not an article change: " + ex.Message, ex);
        }

        if (change is null || string.IsNullOrEmpty(change.Id) || change.Change is not (Put or Delete) || (change.Change == Put && change.Article is null))
        {
            throw new InvalidDataException("The message is not an article change: it needs change (put or delete), id, and for a put the article.");
        }

        return change;
    }

    /// <summary>Returns the change as UTF-8 JSON.</summary>
    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, Json);
}
