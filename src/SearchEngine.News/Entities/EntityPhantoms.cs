using SearchEngine.News.Facets;

namespace SearchEngine.News.Entities;

/// <summary>
/// The check that an extracted value names something the article says: a value none of whose words occurs in the
/// title or body (accents and case folded) is a phantom, a name the article never wrote.
/// </summary>
internal static class EntityPhantoms
{
    /// <summary>Returns the words of an article's title and body, for <see cref="IsPhantom"/>; they are folded on the first check.</summary>
    public static ArticleWords WordsOf(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        return new ArticleWords(title, body);
    }

    /// <summary>
    /// True when no word of <paramref name="value"/> (folded) is among <paramref name="articleWords"/>, itself or
    /// in its genitive with a bare <c>s</c> (<c>NATOs</c>, <c>Venstres</c>: the article wrote the name).
    /// </summary>
    public static bool IsPhantom(string value, ArticleWords articleWords)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(articleWords);
        Span<char> folded = value.Length <= FacetFolding.MaxStackLength ? stackalloc char[FacetFolding.MaxFoldedLength(value.Length)] : new char[FacetFolding.MaxFoldedLength(value.Length)];
        folded = folded[..FacetFolding.Fold(value, folded)];
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
                if (articleWords.Contains(folded[start..i], orWithS: true))
                {
                    return false;
                }

                start = -1;
            }
        }

        return true;
    }
}
