namespace SearchEngine.News.Entities.Tagging;

/// <summary>
/// Reduces a hunspell <c>.dic</c> file (Debian's <c>hunspell-da</c>, <c>hunspell-nl</c>) to the entries the
/// <see cref="Lexicon"/> embeds: the words without their affix flags, in ordinal order, once each.
/// </summary>
internal static class HunspellDictionary
{
    /// <summary>Gets the dictionary file of each language under Debian's <c>/usr/share/hunspell</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["da"] = "da_DK.dic",
        ["nl"] = "nl.dic",
    };

    /// <summary>Returns the entries of the dictionary at <paramref name="path"/>: the first line (a count) skipped, flags and morphology dropped, only words of letters, hyphens, apostrophes and stops.</summary>
    public static SortedSet<string> ReadEntries(string path)
    {
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        bool first = true;
        foreach (string line in File.ReadLines(path))
        {
            if (first)
            {
                first = false;
                continue;
            }

            // OpenTaal writes the Dutch digraph as one ligature character (onderwĳs); texts write i and j.
            string word = line.Split('/', '\t')[0].Trim()
                .Replace("\u0133", "ij", StringComparison.Ordinal)
                .Replace("\u0132", "IJ", StringComparison.Ordinal);
            if (word.Length >= 1 && IsWord(word))
            {
                entries.Add(word);
            }
        }

        return entries;
    }

    private static bool IsWord(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '.'))
            {
                return false;
            }
        }

        return char.IsLetter(word[0]);
    }
}
