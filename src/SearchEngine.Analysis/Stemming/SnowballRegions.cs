using System.Buffers;

namespace SearchEngine.Analysis.Stemming;

/// <summary>
/// Region and suffix helpers shared by the Snowball stemmers. Snowball defines R1 as the region after the first
/// non-vowel that follows a vowel, and R2 as the same rule applied again inside R1; each language supplies its own
/// vowel set and its own minimum for R1.
/// </summary>
internal static class SnowballRegions
{
    /// <summary>
    /// Returns the index just after the first non-vowel that follows a vowel, searching from <paramref name="from"/>;
    /// returns the word's length when there is no such non-vowel (the region is then empty).
    /// </summary>
    public static int RegionStart(ReadOnlySpan<char> word, int from, SearchValues<char> vowels)
    {
        if (from >= word.Length)
        {
            return word.Length;
        }

        // "gopast v": the first vowel at or after from.
        int vowel = word[from..].IndexOfAny(vowels);
        if (vowel < 0)
        {
            return word.Length;
        }

        // "gopast non-v": the first non-vowel after that vowel; the region starts just past it.
        int afterVowel = from + vowel + 1;
        int nonVowel = word[afterVowel..].IndexOfAnyExcept(vowels);
        return nonVowel < 0 ? word.Length : afterVowel + nonVowel + 1;
    }

    /// <summary>
    /// Returns the part of <paramref name="word"/>'s first <paramref name="length"/> characters that lies in the region
    /// starting at <paramref name="regionStart"/>, which is empty once deletions have shortened the word below it.
    /// </summary>
    public static ReadOnlySpan<char> Region(ReadOnlySpan<char> word, int length, int regionStart) =>
        regionStart >= length ? [] : word[regionStart..length];

    /// <summary>
    /// Returns the length of the first of <paramref name="suffixes"/> (listed longest first) that
    /// <paramref name="text"/> ends with, or 0 when none does.
    /// </summary>
    public static int LongestSuffix(ReadOnlySpan<char> text, ReadOnlySpan<string> suffixes)
    {
        foreach (string suffix in suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return suffix.Length;
            }
        }

        return 0;
    }
}
