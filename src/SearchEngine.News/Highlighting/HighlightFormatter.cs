using System.Text;

namespace SearchEngine.News.Highlighting;

/// <summary>Renders a <see cref="HighlightedText"/> as HTML or tagged plain text.</summary>
/// <remarks>
/// Passages are joined with " … " when text lies between them, with a plain space when only whitespace does
/// (and with nothing when they touch), so an ellipsis always means that something was left out; the same holds
/// before the first passage and after the last.
/// </remarks>
internal static class HighlightFormatter
{
    /// <summary>Writes the passages of <paramref name="highlighted"/> with the given tags and ellipsis.</summary>
    public static string Format(HighlightedText highlighted, string preTag, string postTag, string ellipsis, bool escapeHtml)
    {
        IReadOnlyList<Passage> passages = highlighted.Passages;
        if (passages.Count == 0)
        {
            return string.Empty;
        }

        string text = highlighted.Text;
        var output = new StringBuilder(EstimateLength(passages, preTag.Length + postTag.Length));
        int previousEnd = 0;
        for (int i = 0; i < passages.Count; i++)
        {
            Passage passage = passages[i];
            if (HasTextBetween(text, previousEnd, passage.Start))
            {
                output.Append(i == 0 ? string.Empty : " ").Append(ellipsis).Append(' ');
            }
            else if (i > 0 && passage.Start > previousEnd)
            {
                output.Append(' ');
            }

            AppendPassage(output, text, passage, preTag, postTag, escapeHtml);
            previousEnd = passage.End;
        }

        if (HasTextBetween(text, previousEnd, text.Length))
        {
            output.Append(' ').Append(ellipsis);
        }

        return output.ToString();
    }

    /// <summary>Writes one passage with the given tags, without ellipses.</summary>
    public static string FormatPassage(string text, Passage passage, string preTag, string postTag, bool escapeHtml)
    {
        var output = new StringBuilder(passage.End - passage.Start + (passage.Matches.Count * (preTag.Length + postTag.Length)) + 16);
        AppendPassage(output, text, passage, preTag, postTag, escapeHtml);
        return output.ToString();
    }

    /// <summary>Returns <paramref name="text"/> HTML-escaped, or the same string when nothing needs escaping.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length + 16);
        Append(output, text, escapeHtml: true);
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

    /// <summary>Appends <paramref name="text"/>, escaping the five characters HTML gives meaning when asked to.</summary>
    private static void Append(StringBuilder output, ReadOnlySpan<char> text, bool escapeHtml)
    {
        if (!escapeHtml)
        {
            output.Append(text);
            return;
        }

        // Runs without special characters are copied in one piece; only the special ones are replaced.
        while (!text.IsEmpty)
        {
            int special = text.IndexOfAny("&<>\"'");
            if (special < 0)
            {
                output.Append(text);
                return;
            }

            output.Append(text[..special]);
            output.Append(text[special] switch
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

    private static bool HasTextBetween(string text, int start, int end) =>
        start < end && !text.AsSpan(start, end - start).IsWhiteSpace();

    private static int EstimateLength(IReadOnlyList<Passage> passages, int tagLength)
    {
        int length = 8;
        foreach (Passage passage in passages)
        {
            length += passage.End - passage.Start + 4 + (passage.Matches.Count * tagLength);
        }

        return length;
    }
}
