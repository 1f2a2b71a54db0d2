using System.Globalization;

namespace SearchEngine.News.QueryParsing;

/// <summary>
/// Where a parse is in the query, and its first error: peeks and consumes tokens, and reads the <c>^boost</c> and
/// <c>~slop</c> suffixes. Errors do not throw; the first is kept in <see cref="Error"/> and callers return
/// <see langword="null"/> up the stack, so <see cref="QueryParser.TryParse"/> costs no exception.
/// </summary>
internal sealed class QueryCursor(string text)
{
    private readonly QueryLexer _lexer = new(text);
    private int _position;

    /// <summary>Gets the first error met.</summary>
    public QueryParseError? Error { get; private set; }

    /// <summary>Gets the index just past the last token consumed: where the span of a node just read ends.</summary>
    public int ConsumedEnd { get; private set; }

    /// <summary>Returns the token after <paramref name="token"/> (outside a range), for the one-token look-ahead that tells a field name from a word.</summary>
    public QueryToken PeekAfter(QueryToken token) => _lexer.Next(token.End);

    /// <summary>Returns the token at the current position (outside a range).</summary>
    public QueryToken Peek() => _lexer.Next(_position);

    /// <summary>Returns the token at the current position inside a range.</summary>
    public QueryToken PeekInRange() => _lexer.NextInRange(_position);

    /// <summary>Moves past <paramref name="token"/> and returns it.</summary>
    public QueryToken Consume(QueryToken token)
    {
        _position = ConsumedEnd = token.End;
        return token;
    }

    /// <summary>Records <paramref name="error"/> as the run's error (the first one wins) and returns <see langword="null"/>.</summary>
    public QueryNode? Fail(QueryParseError error)
    {
        Error ??= error;
        return null;
    }

    /// <summary>Records an error at <paramref name="position"/> and returns <see langword="null"/>.</summary>
    public QueryNode? Fail(int position, int length, string message) => Fail(new QueryParseError(position, length, message));

    /// <summary>Returns the characters of <paramref name="token"/> as written.</summary>
    public string Source(QueryToken token) => text.Substring(token.Start, token.Length);

    /// <summary>Describes a token for a message: <c>'OR'</c>, or <c>the end of the query</c>.</summary>
    public string Describe(QueryToken token) => token.Kind == QueryTokenKind.End ? "the end of the query" : $"'{Source(token)}'";

    /// <summary>Reads an optional <c>^number</c>; returns 1 when there is none, <see langword="null"/> on error.</summary>
    public float? ParseOptionalBoost()
    {
        QueryToken caret = Peek();
        if (caret.Kind != QueryTokenKind.Caret)
        {
            return 1f;
        }

        // As in Lucene, the number follows the '^' directly: "a^2" and "a ^2", but not "a^ 2".
        Consume(caret);
        int end = _lexer.ScanNumber(caret.End);
        if (end < 0)
        {
            Fail(caret.End, 0, $"expected a number after '^' at {caret.End}");
            return null;
        }

        float boost = float.Parse(text.AsSpan(caret.End, end - caret.End), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        _position = ConsumedEnd = end;
        if (!float.IsFinite(boost))
        {
            Fail(caret.Start, end - caret.Start, $"boost at {caret.Start} is too large");
            return null;
        }

        return boost;
    }

    // Lucene reads the slop as a float and truncates it ("~2.7" is 2, a huge one saturates); "~" alone means the
    // default slop, 0. Lucene silently ignores a slop that is not a number ("~2x") and fails on a negative one; both
    // are errors here.
    public bool TryParseSlop(out int slop)
    {
        QueryToken tilde = Consume(Peek());
        slop = 0;
        ReadOnlySpan<char> digits = tilde.Text;
        if (digits.IsEmpty)
        {
            return true;
        }

        if (!IsDecimal(digits))
        {
            string problem = digits[0] == '-' && IsDecimal(digits[1..]) ? "may not be negative" : "is not a number";
            Fail(tilde.Start, tilde.Length, $"slop '{Source(tilde)}' at {tilde.Start} {problem}");
            return false;
        }

        float value = float.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        slop = value >= int.MaxValue ? int.MaxValue : (int)value;
        return true;
    }

    // Digits with at most one '.', and at least one digit: what float.Parse reads and Java's parseFloat agrees on.
    private static bool IsDecimal(ReadOnlySpan<char> s)
    {
        int dot = s.IndexOf('.');
        ReadOnlySpan<char> whole = dot < 0 ? s : s[..dot];
        ReadOnlySpan<char> fraction = dot < 0 ? [] : s[(dot + 1)..];
        return whole.Length + fraction.Length > 0
            && !whole.ContainsAnyExceptInRange('0', '9')
            && !fraction.ContainsAnyExceptInRange('0', '9');
    }
}
