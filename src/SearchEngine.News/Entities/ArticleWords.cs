using SearchEngine.News.Facets;

namespace SearchEngine.News.Entities;

/// <summary>
/// The words an article writes, folded (<see cref="FacetFolding"/>), for asking whether it writes a given word: the
/// title and body are folded once, on the first question, and each question scans them for the word standing whole.
/// </summary>
/// <remarks>
/// A word is a run of letters and digits. Scanning a news article for the few words of the values found in it costs
/// less than a set of all its words, which would cost a string per word of every article, asked or not.
/// </remarks>
internal sealed class ArticleWords(string title, string body)
{
    private string? folded;

    /// <summary>True when the article writes <paramref name="word"/> (folded letters and digits) as a whole word, or, when <paramref name="orWithS"/>, followed by a bare <c>s</c>.</summary>
    public bool Contains(ReadOnlySpan<char> word, bool orWithS = false)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        folded ??= FacetFolding.Fold(title) + "\n" + FacetFolding.Fold(body);
        ReadOnlySpan<char> text = folded;
        int from = 0;
        while (from <= text.Length - word.Length)
        {
            int at = text[from..].IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            int end = at + word.Length;
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                if (end == text.Length || !char.IsLetterOrDigit(text[end]))
                {
                    return true;
                }

                if (orWithS && text[end] == 's' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
                {
                    return true;
                }
            }

            from = at + 1;
        }

        return false;
    }
}
