namespace SearchEngine.News.Entities;

/// <summary>
/// Splits text into the words entity rules look at, keeping the pieces of a name together: hyphenated names
/// (<c>Kasym-Jomart</c>), apostrophes (<c>D'Alema</c>, <c>McDonald's</c>), dotted abbreviations (<c>B.T.</c>,
/// <c>Kgl.</c>), and <c>&amp;</c> or <c>/</c> between capitals (<c>CD&amp;V</c>, <c>A/S</c>).
/// </summary>
/// <remarks>
/// It also marks where sentences start, because a capital there says nothing about a name. A full stop ends a
/// sentence unless it closes a known abbreviation or an initial (<c>hr.</c>, <c>J.</c>); a line break always does.
/// </remarks>
internal static class NameTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "hr", "fr", "frk", "dr", "prof", "fhv", "adm", "ca", "bl", "mr", "mrs", "ms", "st", "sr", "jr", "nr", "kgl",
        "gl", "ir", "ing", "drs", "mgr", "mevr", "dhr", "mw", "mej", "dvs", "mv", "evt", "pct", "kl", "jf", "vs",
        "gen", "kol", "lt", "kpt", "sct", "skt", "vz", "ds", "pr", "resp", "incl", "excl", "o", "a", "e", "f",
    };

    /// <summary>Returns the words of <paramref name="text"/> in order.</summary>
    public static List<NameToken> Tokenize(string text)
    {
        var tokens = new List<NameToken>((text.Length / 6) + 4);
        bool sentenceStart = true;
        bool brokeSincePrevious = true;
        int lineStart = 0;
        bool lineUpper = IsUpperCaseLine(text, 0);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                sentenceStart = true;
                brokeSincePrevious = true;
                lineStart = i + 1;
                lineUpper = IsUpperCaseLine(text, lineStart);
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or ':' or ';')
                {
                    sentenceStart |= c != ';';
                }

                if (!char.IsWhiteSpace(c))
                {
                    brokeSincePrevious = true;
                }

                i++;
                continue;
            }

            int end = WordEnd(text, i);
            tokens.Add(new NameToken(i, end - i, sentenceStart, lineUpper, brokeSincePrevious));
            sentenceStart = false;
            brokeSincePrevious = false;
            if (end < text.Length && text[end] == '.' && KeepsSentence(text, i, end))
            {
                // The stop closes an abbreviation or an initial: skip it so it neither ends the sentence nor breaks.
                end++;
            }

            i = end;
        }

        return tokens;
    }

    private static int WordEnd(string text, int start)
    {
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            bool nextIsWord = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if ((c is '-' or '\u2011' or '\'' or '\u2019') && nextIsWord && i > start)
            {
                i++;
                continue;
            }

            if ((c is '&' or '/') && nextIsWord && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c == '.' && IsDottedAbbreviation(text, start, i))
            {
                // B.T. or A.P.: single capitals joined by stops, the final stop included.
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private static bool IsDottedAbbreviation(string text, int start, int dot)
    {
        // The piece before the dot is one capital letter, and a capital letter or the end of the word follows.
        int pieceStart = dot - 1;
        if (pieceStart < start || !char.IsUpper(text[pieceStart]) || (pieceStart > start && text[pieceStart - 1] != '.'))
        {
            return false;
        }

        if (dot + 1 < text.Length && char.IsUpper(text[dot + 1]) && (dot + 2 >= text.Length || text[dot + 2] == '.'))
        {
            return true;
        }

        // The final stop of B.T.: only when a dotted piece precedes.
        return pieceStart > start;
    }

    private static bool KeepsSentence(string text, int start, int end)
    {
        int length = end - start;
        if (length == 1 && char.IsUpper(text[start]))
        {
            return true;
        }

        return length <= 4 && Abbreviations.Contains(text.Substring(start, length));
    }

    private static bool IsUpperCaseLine(string text, int lineStart)
    {
        int letters = 0;
        int upper = 0;
        int words = 1;
        for (int i = lineStart; i < text.Length && text[i] != '\n'; i++)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (c == ' ')
            {
                words++;
            }
        }

        // A one-word heading (SLUTORD) too, but not a short acronym alone on a line (NATO).
        return upper == letters && (words >= 2 ? letters >= 4 : letters >= 6);
    }
}
