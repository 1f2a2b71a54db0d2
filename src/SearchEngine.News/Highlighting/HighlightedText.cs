namespace SearchEngine.News.Highlighting;

/// <summary>
/// The result of highlighting one stored text: the passages chosen, in text order, with their matches as
/// offsets into <see cref="Text"/>, and renderings as HTML or as plain text with tags.
/// </summary>
/// <param name="Text">The original text the offsets refer to.</param>
/// <param name="Passages">The passages, in text order, not overlapping.</param>
/// <param name="Matched">
/// True when the query marked something in the text; false when the passage is the text's opening, shown
/// because nothing matched (e.g. a document found by a filter or another field only).
/// </param>
public sealed record HighlightedText(string Text, IReadOnlyList<Passage> Passages, bool Matched)
{
    /// <summary>Gets the ellipsis that stands for left-out text.</summary>
    public const string Ellipsis = "\u2026";

    /// <summary>
    /// Returns the passages as HTML: text escaped, matches wrapped in <c>&lt;mark&gt;</c>, passages joined by
    /// " … " and an ellipsis before the first or after the last where text is left out.
    /// </summary>
    public string ToHtml() => HighlightFormatter.Format(this, "<mark>", "</mark>", Ellipsis, escapeHtml: true);

    /// <summary>
    /// Returns the passages as plain text with <paramref name="preTag"/> and <paramref name="postTag"/> around
    /// matches and <paramref name="ellipsis"/> where text is left out; nothing is escaped.
    /// </summary>
    public string ToTaggedText(string preTag, string postTag, string ellipsis = Ellipsis)
    {
        ArgumentNullException.ThrowIfNull(preTag);
        ArgumentNullException.ThrowIfNull(postTag);
        ArgumentNullException.ThrowIfNull(ellipsis);
        return HighlightFormatter.Format(this, preTag, postTag, ellipsis, escapeHtml: false);
    }

    /// <summary>Returns one passage as HTML: escaped, matches wrapped in <c>&lt;mark&gt;</c>, no ellipsis.</summary>
    /// <param name="passage">A passage of <see cref="Passages"/>.</param>
    public string PassageToHtml(Passage passage) => PassageToTaggedText(passage, "<mark>", "</mark>", escapeHtml: true);

    /// <summary>Returns one passage as plain text with <paramref name="preTag"/> and <paramref name="postTag"/> around matches; nothing is escaped.</summary>
    /// <param name="passage">A passage of <see cref="Passages"/>.</param>
    /// <param name="preTag">What precedes a match.</param>
    /// <param name="postTag">What follows a match.</param>
    public string PassageToTaggedText(Passage passage, string preTag, string postTag) => PassageToTaggedText(passage, preTag, postTag, escapeHtml: false);

    /// <summary>Returns <paramref name="text"/> with the five characters HTML gives meaning escaped (the same string when it has none).</summary>
    public static string EscapeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HighlightFormatter.Escape(text);
    }

    private string PassageToTaggedText(Passage passage, string preTag, string postTag, bool escapeHtml)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(preTag);
        ArgumentNullException.ThrowIfNull(postTag);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(passage.End, Text.Length, nameof(passage));
        return HighlightFormatter.FormatPassage(Text, passage, preTag, postTag, escapeHtml);
    }
}
