namespace SearchEngine.News.Search;

/// <summary>One article of a result page.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Score">The BM25 score (1 for filter-only searches).</param>
/// <param name="Language">The article's language.</param>
/// <param name="Title">The title.</param>
/// <param name="Date">The date as given (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>), or null.</param>
/// <param name="Persons">The persons the article names.</param>
/// <param name="Organizations">The organizations the article names.</param>
public sealed record NewsHit(string Id, float Score, string Language, string Title, string? Date, IReadOnlyList<string> Persons, IReadOnlyList<string> Organizations);
