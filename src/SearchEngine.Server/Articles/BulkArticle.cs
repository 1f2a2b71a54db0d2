using SearchEngine.News.Articles;

namespace SearchEngine.Server.Articles;

/// <summary>A valid line of a bulk request: its line number and the article it holds.</summary>
/// <param name="Line">The 1-based line number in the request body.</param>
/// <param name="Article">The validated article.</param>
internal sealed record BulkArticle(int Line, Article Article);
