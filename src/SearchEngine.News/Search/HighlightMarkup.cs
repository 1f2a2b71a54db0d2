using System.Text;
using SearchEngine.Core.Highlighting;

namespace SearchEngine.News.Search;

/// <summary>
/// Renders single passages of a <see cref="HighlightedText"/>, for a hit's snippet list and for the peers' one-snippet
/// output: <see cref="HighlightedText.ToHtml"/> renders the passages joined, with ellipses around them.
/// </summary>
internal static class HighlightMarkup
{
    /// <summary>The tags around a match in HTML.</summary>
    public const string MarkStart = "<mark>";

    /// <summary>The closing tag of a match in HTML.</summary>
    public const string MarkEnd = "</mark>";

    private const int MaxKeptCapacity = 16 * 1024;

    [ThreadStatic]
    private static StringBuilder? buffer;

    /// <summary>Returns <paramref name="text"/> with the five characters HTML gives meaning escaped (the same string when it has none).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        StringBuilder output = Rent(text.Length + 16);
        Append(output, text, escapeHtml: true);
        return output.ToString();
    }

    /// <summary>Returns the passage <paramref name="passage"/> of <paramref name="highlighted"/> as HTML: escaped, matches in <c>&lt;mark&gt;</c>.</summary>
    public static string Html(HighlightedText highlighted, Passage passage)
    {
        StringBuilder output = Rent(passage.End - passage.Start + 32);
        AppendPassage(output, highlighted.Text, passage, MarkStart, MarkEnd, escapeHtml: true);
        return output.ToString();
    }

    /// <summary>Returns each passage of <paramref name="highlighted"/> as HTML, in text order.</summary>
    public static string[] HtmlPassages(HighlightedText highlighted)
    {
        IReadOnlyList<Passage> passages = highlighted.Passages;
        string[] html = new string[passages.Count];
        for (int i = 0; i < html.Length; i++)
        {
            html[i] = Html(highlighted, passages[i]);
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
        StringBuilder output = Rent(256);
        for (int i = 0; i < passages.Count; i++)
        {
            if (i > 0 && passages[i].Start > passages[i - 1].End)
            {
                output.Append(separator);
            }

            AppendPassage(output, highlighted.Text, passages[i], preTag, postTag, escapeHtml: false);
        }

        return output.ToString();
    }

    /// <summary>Returns the passage <paramref name="passage"/> of <paramref name="highlighted"/> as raw text with <paramref name="preTag"/> and <paramref name="postTag"/> around matches.</summary>
    public static string Tagged(HighlightedText highlighted, Passage passage, string preTag, string postTag)
    {
        ArgumentNullException.ThrowIfNull(highlighted);
        ArgumentNullException.ThrowIfNull(passage);
        StringBuilder output = Rent(passage.End - passage.Start + 32);
        AppendPassage(output, highlighted.Text, passage, preTag, postTag, escapeHtml: false);
        return output.ToString();
    }

    private static void AppendPassage(StringBuilder output, string text, Passage passage, string preTag, string postTag, bool escapeHtml)
    {
        int cursor = passage.Start;
        foreach (MatchSpan match in passage.Matches)
        {
            Append(output, text.AsSpan(cursor, match.Start - cursor), escapeHtml);
            output.Append(preTag);
            Append(output, text.AsSpan(match.Start, match.Length), escapeHtml);
            output.Append(postTag);
            cursor = match.End;
        }

        Append(output, text.AsSpan(cursor, passage.End - cursor), escapeHtml);
    }

    private static void Append(StringBuilder output, ReadOnlySpan<char> text, bool escapeHtml)
    {
        if (!escapeHtml)
        {
            output.Append(text);
            return;
        }

        // Runs without special characters are copied in one piece.
        while (!text.IsEmpty)
        {
            int special = text.IndexOfAny("&<>\"'");
            if (special < 0)
            {
                output.Append(text);
                return;
            }

            output.Append(text[..special]).Append(text[special] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(special + 1)..];
        }
    }

    /// <summary>Returns this thread's cleared builder, so rendering a page's snippets allocates only the strings.</summary>
    private static StringBuilder Rent(int capacity)
    {
        if (capacity > MaxKeptCapacity)
        {
            // A huge title is rare; its builder is not kept alive with the thread.
            return new StringBuilder(capacity);
        }

        StringBuilder output = buffer ??= new StringBuilder(512);
        output.Clear();
        output.EnsureCapacity(capacity);
        return output;
    }
}
