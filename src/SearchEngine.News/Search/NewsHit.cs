using SearchEngine.News.Highlighting;

namespace SearchEngine.News.Search;

/// <summary>One article of a result page.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Score">The BM25 score (1 for filter-only searches).</param>
/// <param name="Language">The article's language.</param>
/// <param name="Title">The title.</param>
/// <param name="Date">The date as given (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>), or null.</param>
/// <param name="Persons">The persons the article names.</param>
/// <param name="Organizations">The organizations the article names.</param>
public sealed record NewsHit(string Id, float Score, string Language, string Title, string? Date, IReadOnlyList<string> Persons, IReadOnlyList<string> Organizations)
{
    /// <summary>
    /// Gets the title as HTML: escaped, with the query's matches in <c>&lt;mark&gt;</c> elements when the search
    /// highlighted (<see cref="NewsSearchRequest.Highlight"/>), else only escaped.
    /// </summary>
    public string TitleHtml
    {
        // Escaped when asked for if not highlighted, so a search without highlighting does no work for it (a title
        // without special characters is returned as it is, without a copy).
        get => field ?? HighlightedText.EscapeHtml(Title);
        init;
    }

    /// <summary>
    /// Gets the best passages of the body as HTML, in text order: each escaped, matches in <c>&lt;mark&gt;</c>,
    /// without the ellipses around it (the caller joins them); the body's opening, unmarked, when nothing in the
    /// body matched; empty when the search did not highlight or the body is empty.
    /// </summary>
    public IReadOnlyList<string> Snippets { get; init; } = [];

    /// <summary>Gets the title's highlight with the matches as offsets into <see cref="Title"/>, or null when the search did not highlight.</summary>
    public HighlightedText? TitleHighlight { get; init; }

    /// <summary>
    /// Gets the body's highlight: the stored body (<see cref="HighlightedText.Text"/>), the passages behind
    /// <see cref="Snippets"/> with their offsets and matches, and whether anything matched; null when the search did
    /// not highlight.
    /// </summary>
    public HighlightedText? BodyHighlight { get; init; }
}
