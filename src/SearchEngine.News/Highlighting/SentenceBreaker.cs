namespace SearchEngine.News.Highlighting;

/// <summary>
/// Finds where sentences end, for cutting passages: after <c>.</c>, <c>!</c> or <c>?</c> (and any closing
/// quotes or brackets) followed by whitespace and a capital letter, a digit or a quote, and at every line break.
/// </summary>
/// <remarks>
/// Deliberately small: news text is well punctuated, and a wrong break only makes a passage a sentence shorter
/// or longer. Abbreviations before a capital ("bl.a. Tokajev") break; decimals and "3. januar" do not, as no
/// whitespace-and-capital follows.
/// </remarks>
internal static class SentenceBreaker
{
    /// <summary>
    /// Returns the end of the sentence starting at <paramref name="start"/>: the index of the whitespace after its
    /// final punctuation, just past a line break, or the text's length; always greater than <paramref name="start"/>
    /// unless the text ends there.
    /// </summary>
    public static int Next(ReadOnlySpan<char> text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (IsLineBreak(c))
            {
                return i + 1;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            int j = i + 1;
            while (j < text.Length && IsCloser(text[j]))
            {
                j++;
            }

            if (j == text.Length)
            {
                return j;
            }

            int k = j;
            while (k < text.Length && char.IsWhiteSpace(text[k]) && !IsLineBreak(text[k]))
            {
                k++;
            }

            if (k > j && k < text.Length && StartsSentence(text[k]))
            {
                return j;
            }

            // Not a boundary: carry on from the first character after the punctuation.
            i = j - 1;
        }

        return text.Length;
    }

    /// <summary>Tells whether <paramref name="c"/> ends a line (and so a sentence).</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsCloser(char c) => c is '.' or '!' or '?' or ')' or ']' or '"' or '\'' or '\u00BB' or '\u201D' or '\u2019' or '\u203A';

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || IsQuote(c);

    private static bool IsQuote(char c) => c is '"' or '\'' or '\u00AB' or '\u00BB' or '\u201C' or '\u201D' or '\u201E' or '\u2018' or '\u2019' or '\u201A' or '\u2039' or '\u203A';
}
