namespace SearchEngine.News.Entities;

/// <summary>
/// Removes the genitive ending of a name: Danish and Dutch add <c>s</c> (<c>Tokajevs</c>), after an acronym often
/// with an apostrophe or none (<c>FN's</c>, <c>EFs</c>), and Dutch writes an apostrophe alone after a sibilant
/// (<c>Bush'</c>).
/// </summary>
internal static class Genitive
{
    /// <summary>Returns <paramref name="name"/> without a genitive ending, or null when it has none.</summary>
    /// <remarks>A bare final <c>s</c> may belong to the name itself (<c>Hans</c>, <c>Paris</c>); callers accept the stripped form only when it is otherwise known.</remarks>
    public static string? Strip(string name)
    {
        int length = StrippedLength(name);
        return length < 0 ? null : name[..length];
    }

    /// <summary>Returns the length of <paramref name="name"/> without a genitive ending, or -1 when it has none: <see cref="Strip"/> without the string.</summary>
    public static int StrippedLength(ReadOnlySpan<char> name)
    {
        if (name.Length > 3 && (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            return name.Length - 2;
        }

        if (name.Length > 2 && (name[^1] == '\'' || name[^1] == '\u2019'))
        {
            return name.Length - 1;
        }

        return name.Length > 2 && name[^1] == 's' && char.IsLetter(name[^2]) ? name.Length - 1 : -1;
    }

    /// <summary>True when an apostrophe marks <paramref name="name"/> as a genitive (<c>FN's</c>, <c>Bush'</c>), so it is one whatever else is known.</summary>
    public static bool HasApostrophe(ReadOnlySpan<char> name) =>
        (name.Length > 0 && name[^1] is '\'' or '\u2019') || name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal);

    /// <summary>Returns the acronym of an acronym genitive (<c>EF</c> of <c>EFs</c>, <c>B.T.</c> of <c>B.T.s</c>), or null.</summary>
    public static string? StripAcronym(string word)
    {
        if (word.Length >= 3 && word[^1] == 's' && (char.IsUpper(word[^2]) || word[^2] == '.'))
        {
            return word[..^1];
        }

        return word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) ? word[..^2] : null;
    }
}
