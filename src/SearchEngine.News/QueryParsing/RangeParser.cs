namespace SearchEngine.News.QueryParsing;

/// <summary>
/// Reads a range after its <c>[</c> or <c>{</c>: <c>lower TO upper</c> and <c>]</c> or <c>}</c>, then an optional
/// boost. As in Lucene 8.7, <c>TO</c> is required, either end may be inclusive or exclusive independently
/// (<c>[a TO b}</c>), an unquoted <c>*</c> is an open end, and a bound may be quoted (<c>"*"</c> is a literal star).
/// </summary>
/// <remarks>
/// Unlike Lucene, which lets a tab or newline run into an unquoted bound, any whitespace ends a bound here, and a
/// backslash escapes a <c>]</c> or <c>}</c> inside one.
/// </remarks>
internal sealed class RangeParser(QueryCursor cursor)
{
    /// <summary>Parses the rest of a range whose opening bracket <paramref name="open"/> has been consumed.</summary>
    /// <param name="field">The field, or <see langword="null"/> for the default fields.</param>
    /// <param name="start">Where the node's span starts (the field name, or the bracket).</param>
    /// <param name="open">The <c>[</c> or <c>{</c> token.</param>
    /// <returns>The range, or <see langword="null"/> with the cursor's error set.</returns>
    public QueryNode? Parse(string? field, int start, QueryToken open)
    {
        QueryToken lower = cursor.PeekInRange();
        if (!IsBound(lower))
        {
            return Fail(lower, open, $"expected a lower bound after '{cursor.Source(open)}' at {lower.Start}");
        }

        cursor.Consume(lower);
        QueryToken to = cursor.PeekInRange();
        if (to.Kind != QueryTokenKind.To)
        {
            return Fail(to, open, $"expected 'TO' after the lower bound at {to.Start}, as in [2021-12 TO 2022-02]");
        }

        cursor.Consume(to);
        QueryToken upper = cursor.PeekInRange();
        if (!IsBound(upper))
        {
            return Fail(upper, open, $"expected an upper bound after 'TO' at {upper.Start}");
        }

        cursor.Consume(upper);
        QueryToken close = cursor.PeekInRange();
        if (close.Kind is not (QueryTokenKind.RangeEndInclusive or QueryTokenKind.RangeEndExclusive))
        {
            return Fail(close, open, $"expected ']' or '}}' at {close.Start}");
        }

        cursor.Consume(close);
        if (cursor.ParseOptionalBoost() is not { } boost)
        {
            return null;
        }

        return new RangeNode(
            field,
            BoundText(lower),
            BoundText(upper),
            open.Kind == QueryTokenKind.RangeStartInclusive,
            close.Kind == QueryTokenKind.RangeEndInclusive,
            boost,
            SourceSpan.FromBounds(start, cursor.ConsumedEnd));
    }

    // "TO" is a keyword only between the bounds; as a bound it is the text TO ([TO TO b] is a range), as in Lucene.
    private static bool IsBound(QueryToken token) => token.Kind is QueryTokenKind.Bound or QueryTokenKind.OpenBound or QueryTokenKind.To;

    private static string? BoundText(QueryToken token)
    {
        return token.Kind switch
        {
            QueryTokenKind.OpenBound => null,
            QueryTokenKind.To => "TO",
            _ => token.Text,
        };
    }

    // A lexical error inside the range is reported as itself; running out of query as the unclosed bracket.
    private QueryNode? Fail(QueryToken found, QueryToken open, string message)
    {
        return found.Kind switch
        {
            QueryTokenKind.Error => cursor.Fail(found.Error!),
            QueryTokenKind.End => cursor.Fail(open.Start, 1, $"missing ']' or '}}' for '{cursor.Source(open)}' at {open.Start}: {message}"),
            _ => cursor.Fail(found.Start, found.Length, message),
        };
    }
}
