using System.Text.Json.Serialization;

namespace SearchEngine.News.Indexing;

/// <summary>An article as the index stores it, in the JSON Lines schema of the input (PRODUCT.md section 3).</summary>
/// <param name="Id">The article id.</param>
/// <param name="Language">The language, <c>da</c> or <c>nl</c>.</param>
/// <param name="Date">The date as given (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>), or null.</param>
/// <param name="Title">The title.</param>
/// <param name="Body">The body text.</param>
/// <param name="Persons">The persons, as given or extracted (canonical values).</param>
/// <param name="Organizations">The organizations, as given or extracted (canonical values).</param>
public sealed record StoredArticle(
    string Id,
    [property: JsonPropertyName("lang")] string Language,
    string? Date,
    string Title,
    string Body,
    IReadOnlyList<string> Persons,
    IReadOnlyList<string> Organizations);
