using SearchEngine.News.Highlighting;
using SearchEngine.News.Search;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// Renders a hit's highlighted title and snippets for the text output of <c>searchctl search</c>: matches in bold
/// on a terminal (unless <c>NO_COLOR</c> is set), else in [brackets], and an ellipsis where text is left out.
/// </summary>
/// <param name="markStart">What opens a match.</param>
/// <param name="markEnd">What closes a match.</param>
internal sealed class SnippetText(string markStart, string markEnd)
{
    /// <summary>The ellipsis printed where text is left out.</summary>
    public const string Ellipsis = "\u2026";

    /// <summary>Returns the rendering for <paramref name="console"/>: ANSI bold on a terminal, brackets otherwise.</summary>
    public static SnippetText For(CliConsole console)
    {
        bool bold = console.IsTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return bold ? new SnippetText("\u001b[1m", "\u001b[22m") : new SnippetText("[", "]");
    }

    /// <summary>Returns the title with its matches marked (unmarked when the search did not highlight).</summary>
    public string Title(NewsHit hit)
    {
        if (hit.TitleHighlight is not { } title)
        {
            return Printable(hit.Title);
        }

        HighlightedText clean = Printable(title);
        return string.Concat(clean.Passages.Select(p => clean.PassageToTaggedText(p, markStart, markEnd)));
    }

    /// <summary>Returns one line per body passage, matches marked, with an ellipsis on a side where text was left out.</summary>
    public IEnumerable<string> Snippets(NewsHit hit)
    {
        if (hit.BodyHighlight is not { } body)
        {
            yield break;
        }

        HighlightedText clean = Printable(body);
        string text = clean.Text;
        foreach (Passage passage in clean.Passages)
        {
            string before = text.AsSpan(0, passage.Start).IsWhiteSpace() ? string.Empty : Ellipsis + " ";
            string after = text.AsSpan(passage.End).IsWhiteSpace() ? string.Empty : " " + Ellipsis;
            yield return before + clean.PassageToTaggedText(passage, markStart, markEnd) + after;
        }
    }

    /// <summary>Returns the highlight over a copy of its text with control characters (line breaks, escapes) made spaces; offsets stay valid.</summary>
    private static HighlightedText Printable(HighlightedText highlighted)
    {
        string text = Printable(highlighted.Text);
        return ReferenceEquals(text, highlighted.Text) ? highlighted : highlighted with { Text = text };
    }

    /// <summary>Returns <paramref name="text"/> with each control character replaced by a space, so article text cannot move the cursor or recolour the terminal.</summary>
    private static string Printable(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0000', '\u001f') && !text.AsSpan().ContainsAnyInRange('\u007f', '\u009f'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                char c = source[i];
                span[i] = char.IsControl(c) ? ' ' : c;
            }
        });
    }
}
