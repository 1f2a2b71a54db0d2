using SearchEngine.News.Search;

namespace SearchEngine.Server.Search;

/// <summary>Turns an engine hit into the API's hit, with the highlighted title and snippets the searcher made.</summary>
internal static class HitMapper
{
    /// <summary>Returns the API form of <paramref name="hit"/>.</summary>
    public static SearchHit ToSearchHit(NewsHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new SearchHit(
            hit.Id,
            hit.Title,
            hit.Date,
            hit.Language,
            hit.Score,
            hit.TitleHtml,
            hit.Snippets,
            hit.Persons,
            hit.Organizations);
    }
}
