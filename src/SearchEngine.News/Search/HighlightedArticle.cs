using SearchEngine.News.Indexing;

namespace SearchEngine.News.Search;

/// <summary>An article to read whole, with every match of a search marked in its title and body.</summary>
/// <param name="Article">The article as the index stores it.</param>
/// <param name="TitleHtml">The title, HTML-escaped, each match in <c>&lt;mark&gt;</c>.</param>
/// <param name="BodyHtml">The whole body, HTML-escaped with its line breaks kept as they are, each match in <c>&lt;mark&gt;</c>.</param>
public sealed record HighlightedArticle(StoredArticle Article, string TitleHtml, string BodyHtml);
