namespace SearchEngine.News.Entities;

/// <summary>Tests on the written form of a word the entity rules share: capitals only, and endings from a list.</summary>
internal static class NameShape
{
    /// <summary>True when <paramref name="text"/> has a letter and every letter is a capital (<c>NATO</c>, <c>B.T.</c>, <c>VT4</c>).</summary>
    public static bool IsCapitals(ReadOnlySpan<char> text)
    {
        bool letter = false;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letter = true;
            }
        }

        return letter;
    }

    /// <summary>
    /// True when <paramref name="lower"/> (already lower case) ends with one of <paramref name="endings"/> and has at
    /// least <paramref name="before"/> characters before it.
    /// </summary>
    public static bool EndsWithAny(string lower, IReadOnlyList<string> endings, int before = 0)
    {
        // Indexed, not foreach over the interface: no enumerator allocated per word.
        for (int i = 0; i < endings.Count; i++)
        {
            string ending = endings[i];
            if (lower.Length >= ending.Length + before && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
