using System.Globalization;
using System.Text;

namespace SearchEngine.News.QueryParsing;

/// <summary>
/// Reads the tokens of a query. Stateless apart from the text: each method reads the token at or after a given
/// index, so the parser can look ahead (a word followed by <c>:</c> is a field) and switch to the range tokens after
/// <c>[</c> without rewinding anything. Every loop advances by at least one character, and no regular expressions are
/// used, so any input is read in linear time.
/// </summary>
internal sealed class QueryLexer(string text)
{
    /// <summary>Reads the token at or after <paramref name="position"/>, outside a range.</summary>
    public QueryToken Next(int position)
    {
        int i = SkipWhitespace(position);
        if (i >= text.Length)
        {
            return new QueryToken(QueryTokenKind.End, text.Length, 0);
        }

        char c = text[i];
        switch (c)
        {
            case '(': return new QueryToken(QueryTokenKind.LeftParen, i, 1);
            case ')': return new QueryToken(QueryTokenKind.RightParen, i, 1);
            case ':': return new QueryToken(QueryTokenKind.Colon, i, 1);
            case '^': return new QueryToken(QueryTokenKind.Caret, i, 1);
            case '[': return new QueryToken(QueryTokenKind.RangeStartInclusive, i, 1);
            case '{': return new QueryToken(QueryTokenKind.RangeStartExclusive, i, 1);
            case ']' or '}': return new QueryToken(QueryTokenKind.Unexpected, i, 1);
            case '"': return ReadQuoted(i, QueryTokenKind.Phrase);
            case '~': return ReadSlop(i);
            case '+' or '-' or '!':
                // Lucene reads an operator character followed by whitespace as a word of its own ("a - b" searches
                // for "-"), which analysis then drops; only one directly before a clause is an operator.
                if (i + 1 < text.Length && QueryCharacters.IsWhitespace(text[i + 1]))
                {
                    return new QueryToken(QueryTokenKind.BareOperator, i, 1, c.ToString());
                }

                return new QueryToken(c switch { '+' => QueryTokenKind.Plus, '-' => QueryTokenKind.Minus, _ => QueryTokenKind.Not }, i, 1);
            default: return ReadWord(i);
        }
    }

    /// <summary>Reads the token at or after <paramref name="position"/> inside a range: a bound, <c>TO</c>, <c>]</c> or <c>}</c>.</summary>
    public QueryToken NextInRange(int position)
    {
        int i = SkipWhitespace(position);
        if (i >= text.Length)
        {
            return new QueryToken(QueryTokenKind.End, text.Length, 0);
        }

        switch (text[i])
        {
            case ']': return new QueryToken(QueryTokenKind.RangeEndInclusive, i, 1);
            case '}': return new QueryToken(QueryTokenKind.RangeEndExclusive, i, 1);
            case '"': return ReadQuoted(i, QueryTokenKind.Bound);
        }

        // Unquoted, a bound runs to whitespace, ']' or '}'; a backslash escapes the next character.
        int end = i;
        while (end < text.Length && !QueryCharacters.IsWhitespace(text[end]) && text[end] is not (']' or '}'))
        {
            if (text[end] == '\\')
            {
                if (end + 1 >= text.Length)
                {
                    return DanglingEscape(end);
                }

                end++;
            }

            end++;
        }

        ReadOnlySpan<char> raw = text.AsSpan(i, end - i);
        if (raw is "TO")
        {
            return new QueryToken(QueryTokenKind.To, i, 2);
        }

        return raw is "*" ? new QueryToken(QueryTokenKind.OpenBound, i, 1) : Unescaped(QueryTokenKind.Bound, i, end - i, i, end);
    }

    /// <summary>Returns the index after the boost number (digits, optionally '.' and digits) at <paramref name="position"/>, or -1 when there is none.</summary>
    public int ScanNumber(int position)
    {
        int i = SkipDigits(position);
        if (i == position)
        {
            return -1;
        }

        int fraction = i < text.Length && text[i] == '.' ? SkipDigits(i + 1) : i;
        return fraction > i + 1 ? fraction : i;
    }

    private int SkipDigits(int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private int SkipWhitespace(int i)
    {
        while (i < text.Length && QueryCharacters.IsWhitespace(text[i]))
        {
            i++;
        }

        return i;
    }

    // A word, as Lucene's term tokens: word characters and escapes, with '*' and '?' read into the word so that a
    // wildcard is reported where it is rather than splitting the word. Only one trailing '*' is supported (a prefix).
    private QueryToken ReadWord(int start)
    {
        int end = start;
        int firstQuestion = -1;
        int firstStar = -1;
        int lastStar = -1;
        while (end < text.Length)
        {
            char c = text[end];
            if (c == '\\')
            {
                if (end + 1 >= text.Length)
                {
                    return DanglingEscape(end);
                }

                end += 2;
                continue;
            }

            if (c == '*' || c == '?')
            {
                if (c == '?' && firstQuestion < 0)
                {
                    firstQuestion = end;
                }
                else if (c == '*')
                {
                    firstStar = firstStar < 0 ? end : firstStar;
                    lastStar = end;
                }
            }
            else if (!(end == start ? QueryCharacters.IsWordStart(c) : QueryCharacters.IsWordChar(c)))
            {
                break;
            }

            end++;
        }

        int length = end - start;
        if (length == 1 && text[start] == '*')
        {
            return new QueryToken(QueryTokenKind.Star, start, 1);
        }

        if (firstQuestion >= 0)
        {
            return QueryToken.Failure(firstQuestion, 1, $"wildcard '?' at {firstQuestion} is not supported; write '\\?' to search for '?'");
        }

        if (firstStar == start)
        {
            return QueryToken.Failure(start, 1, $"a word may not start with '*' (at {start}); only a trailing '*' is supported, as in 'regering*'");
        }

        if (firstStar >= 0 && (firstStar != lastStar || lastStar != end - 1))
        {
            return QueryToken.Failure(firstStar, 1, $"'*' at {firstStar} is only supported once, at the end of a word; write '\\*' to search for '*'");
        }

        if (lastStar >= 0)
        {
            return Unescaped(QueryTokenKind.Prefix, start, length, start, end - 1);
        }

        ReadOnlySpan<char> raw = text.AsSpan(start, length);
        if (QueryCharacters.IsOperatorWord(raw))
        {
            QueryTokenKind kind = raw is "AND" or "&&" ? QueryTokenKind.And : raw is "OR" or "||" ? QueryTokenKind.Or : QueryTokenKind.Not;
            return new QueryToken(kind, start, length);
        }

        return Unescaped(QueryTokenKind.Term, start, length, start, end);
    }

    private QueryToken ReadQuoted(int start, QueryTokenKind kind)
    {
        int i = start + 1;
        while (i < text.Length && text[i] != '"')
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        if (i >= text.Length)
        {
            return QueryToken.Failure(start, 1, $"unbalanced '\"' starting at {start}");
        }

        return Unescaped(kind, start, i + 1 - start, start + 1, i);
    }

    // Lucene's slop token is '~' and the word characters after it ("~2", "~0.5", also "~-1" and "~2x"); the parser
    // decides what they mean, so a bad slop is reported as one rather than as a stray word.
    private QueryToken ReadSlop(int start)
    {
        int end = start + 1;
        while (end < text.Length && (QueryCharacters.IsWordChar(text[end]) || text[end] == '\\'))
        {
            end += text[end] == '\\' && end + 1 < text.Length ? 2 : 1;
        }

        return new QueryToken(QueryTokenKind.Tilde, start, end - start, text[(start + 1)..end]);
    }

    private QueryToken Unescaped(QueryTokenKind kind, int start, int length, int from, int to)
    {
        string? unescaped = Unescape(from, to, out QueryParseError? error);
        return unescaped is null ? new QueryToken(QueryTokenKind.Error, error!.Position, error.Length, Error: error) : new QueryToken(kind, start, length, unescaped);
    }

    // Removes backslashes: "\c" is c, and, as Lucene, "\uXXXX" is the character with that hexadecimal code. A code
    // that makes a control character or a surrogate is refused, as those characters are when typed.
    private string? Unescape(int from, int to, out QueryParseError? error)
    {
        error = null;
        if (text.AsSpan(from, to - from).IndexOf('\\') < 0)
        {
            return text[from..to];
        }

        var builder = new StringBuilder(to - from);
        for (int i = from; i < to; i++)
        {
            if (text[i] != '\\')
            {
                builder.Append(text[i]);
                continue;
            }

            i++;
            if (text[i] != 'u')
            {
                builder.Append(text[i]);
                continue;
            }

            int escape = i - 1;
            if (i + 4 >= to || !ushort.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
            {
                error = new QueryParseError(escape, Math.Min(6, to - escape), $"'\\u' at {escape} must be followed by four hexadecimal digits");
                return null;
            }

            char decoded = (char)code;
            if (QueryCharacters.IsForbidden(decoded) || char.IsSurrogate(decoded))
            {
                error = new QueryParseError(escape, 6, $"'\\u{code:X4}' at {escape} encodes {QueryCharacters.CodePoint(decoded)}, which a query may not contain");
                return null;
            }

            builder.Append(decoded);
            i += 4;
        }

        return builder.ToString();
    }

    private static QueryToken DanglingEscape(int position)
    {
        return QueryToken.Failure(position, 1, $"'\\' at {position} is the last character and escapes nothing; write '\\\\' to search for '\\'");
    }
}
