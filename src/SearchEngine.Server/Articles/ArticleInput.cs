using System.Text.Json.Serialization;

namespace SearchEngine.Server.Articles;

/// <summary>The body of <c>PUT /api/articles/{id}</c>: one article in the JSON Lines schema (PRODUCT.md section 3); other keys are ignored.</summary>
/// <param name="Id">The id; when given it must equal the id in the URL.</param>
/// <param name="Language">The language, <c>da</c> or <c>nl</c>; null or absent: detected from the text.</param>
/// <param name="Date">The date, <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, or null.</param>
/// <param name="Title">The title; null or absent: empty.</param>
/// <param name="Body">The body text; required.</param>
/// <param name="Persons">The persons; null or absent: extracted from the text.</param>
/// <param name="Organizations">The organizations; null or absent: extracted from the text.</param>
internal sealed record ArticleInput(
    string? Id,
    [property: JsonPropertyName("lang")] string? Language,
    string? Date,
    string? Title,
    string? Body,
    IReadOnlyList<string?>? Persons,
    IReadOnlyList<string?>? Organizations);
