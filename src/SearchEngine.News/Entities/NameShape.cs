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
}
