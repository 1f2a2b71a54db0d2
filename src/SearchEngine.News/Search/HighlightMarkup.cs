using System.Text;
using SearchEngine.News.Highlighting;

namespace SearchEngine.News.Search;

/// <summary>
/// Renders the passages of a <see cref="HighlightedText"/> one by one, for a hit's snippet list, and joined as
/// the peers' one-snippet output does (<see cref="HighlightedText.ToHtml"/> joins them with ellipses around).
/// </summary>
internal static class HighlightMarkup
{
    /// <summary>Returns each passage of <paramref name="highlighted"/> as HTML, in text order.</summary>
    public static string[] HtmlPassages(HighlightedText highlighted)
    {
        IReadOnlyList<Passage> passages = highlighted.Passages;
        string[] html = new string[passages.Count];
        for (int i = 0; i < html.Length; i++)
        {
            html[i] = highlighted.PassageToHtml(passages[i]);
        }

        return html;
    }

    /// <summary>
    /// Returns the passages as raw text, <paramref name="preTag"/> and <paramref name="postTag"/> around matches,
    /// nothing escaped, joined by <paramref name="separator"/> where text was left out between two of them (as
    /// Lucene's DefaultPassageFormatter does: no ellipsis before the first or after the last).
    /// </summary>
    public static string Tagged(HighlightedText highlighted, string preTag, string postTag, string separator)
    {
        ArgumentNullException.ThrowIfNull(highlighted);
        IReadOnlyList<Passage> passages = highlighted.Passages;
        var output = new StringBuilder(256);
        for (int i = 0; i < passages.Count; i++)
        {
            if (i > 0 && passages[i].Start > passages[i - 1].End)
            {
                output.Append(separator);
            }

            output.Append(highlighted.PassageToTaggedText(passages[i], preTag, postTag));
        }

        return output.ToString();
    }
}
