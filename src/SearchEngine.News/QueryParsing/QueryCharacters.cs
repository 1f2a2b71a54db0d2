using System.Globalization;

namespace SearchEngine.News.QueryParsing;

/// <summary>
/// The character classes of the classic syntax, shared by the lexer and the syntax writer so that what one escapes
/// the other reads back.
/// </summary>
/// <remarks>
/// As Lucene, only space, tab, CR, LF and the ideographic space U+3000 separate words; other Unicode spaces (such as
/// the no-break space) are word characters, which analysis later splits on, exactly as Lucene's analyzers do. One
/// difference: Lucene reads <c>/</c> as the start of a regular expression (so <c>24/7</c> is an error there); this
/// parser supports no regular expressions and treats <c>/</c> as a word character.
/// </remarks>
internal static class QueryCharacters
{
    /// <summary>Returns whether <paramref name="c"/> separates tokens.</summary>
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u3000';

    /// <summary>Returns whether <paramref name="c"/> may continue a word (it may start one unless it is <c>+</c> or <c>-</c>).</summary>
    public static bool IsWordChar(char c)
    {
        return !IsWhitespace(c) && c is not ('!' or '(' or ')' or ':' or '^' or '[' or ']' or '"' or '{' or '}' or '~' or '*' or '?' or '\\');
    }

    /// <summary>Returns whether <paramref name="c"/> may start a word.</summary>
    public static bool IsWordStart(char c) => IsWordChar(c) && c is not ('+' or '-');

    /// <summary>Returns whether a word spelled exactly <paramref name="raw"/> is an operator rather than a term.</summary>
    public static bool IsOperatorWord(ReadOnlySpan<char> raw) => raw is "AND" or "OR" or "NOT" or "&&" or "||";

    /// <summary>Returns whether a query may not contain <paramref name="c"/> at all (a control character other than tab, CR and LF).</summary>
    public static bool IsForbidden(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    /// <summary>
    /// Finds the first character no query may hold: a control character other than tab, CR and LF, or an unpaired
    /// surrogate. Rejecting them up front keeps invisible input out of the tree and out of error messages.
    /// </summary>
    public static QueryParseError? FindForbidden(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsForbidden(c))
            {
                return new QueryParseError(i, 1, $"control character {CodePoint(c)} at {i} is not allowed in a query");
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return new QueryParseError(i, 1, $"unpaired surrogate {CodePoint(c)} at {i} is not allowed in a query");
            }
        }

        return null;
    }

    /// <summary>Formats a character as <c>U+0007</c>.</summary>
    public static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>Formats a count with thousands separators, as messages show limits: <c>1,024</c>.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
