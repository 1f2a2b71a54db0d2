namespace SearchEngine.Server.Search;

/// <summary>One article of a result page.</summary>
/// <param name="Id">The article id (<c>GET /api/articles/{id}</c> returns the whole article).</param>
/// <param name="Title">The title as plain text.</param>
/// <param name="Date">The date as given (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>), or null.</param>
/// <param name="Lang">The language, <c>da</c> or <c>nl</c>.</param>
/// <param name="Score">The BM25 score.</param>
/// <param name="TitleHtml">The title as HTML, with the query's matches in <c>mark</c> elements.</param>
/// <param name="Snippets">The best passages of the body as HTML, matches in <c>mark</c> elements.</param>
/// <param name="Persons">The persons the article names.</param>
/// <param name="Organizations">The organizations the article names.</param>
internal sealed record SearchHit(
    string Id,
    string Title,
    string? Date,
    string Lang,
    float Score,
    string TitleHtml,
    IReadOnlyList<string> Snippets,
    IReadOnlyList<string> Persons,
    IReadOnlyList<string> Organizations);
