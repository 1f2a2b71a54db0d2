using SearchEngine.News.Facets;

namespace SearchEngine.News.Entities;

/// <summary>
/// The check that an extracted value names something the article says: a value none of whose words occurs in the
/// title or body (accents and case folded) is a phantom, a name the article never wrote.
/// </summary>
public static class EntityPhantoms
{
    /// <summary>Returns the folded words of an article's title and body, for <see cref="IsPhantom"/>.</summary>
    public static HashSet<string> WordsOf(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var words = new HashSet<string>(StringComparer.Ordinal);
        AddWords(FacetFolding.Fold(title), words);
        AddWords(FacetFolding.Fold(body), words);
        return words;
    }

    /// <summary>
    /// True when no word of <paramref name="value"/> (folded) is among <paramref name="articleWords"/>, itself or
    /// in its genitive with a bare <c>s</c> (<c>NATOs</c>, <c>Venstres</c>: the article wrote the name).
    /// </summary>
    public static bool IsPhantom(string value, HashSet<string> articleWords)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(articleWords);
        var valueWords = new HashSet<string>(StringComparer.Ordinal);
        AddWords(FacetFolding.Fold(value), valueWords);
        foreach (string word in valueWords)
        {
            if (articleWords.Contains(word) || articleWords.Contains(word + "s"))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddWords(string folded, HashSet<string> words)
    {
        int start = -1;
        for (int i = 0; i <= folded.Length; i++)
        {
            bool letter = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }
    }
}
