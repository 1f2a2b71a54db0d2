namespace SearchEngine.News.QueryParsing;

/// <summary>One token of a query: its kind, where it is, and for words, phrases and bounds the unescaped text.</summary>
/// <param name="Kind">The kind of token.</param>
/// <param name="Start">The index of its first character.</param>
/// <param name="Length">The number of characters it covers.</param>
/// <param name="Text">The unescaped text of a word, prefix, phrase, bound or slop; empty otherwise.</param>
/// <param name="Error">For <see cref="QueryTokenKind.Error"/>, what is wrong; otherwise <see langword="null"/>.</param>
internal readonly record struct QueryToken(
    QueryTokenKind Kind,
    int Start,
    int Length,
    string Text = "",
    QueryParseError? Error = null)
{
    /// <summary>Gets the index just past the token.</summary>
    public int End => Start + Length;

    /// <summary>Returns an error token.</summary>
    public static QueryToken Failure(int position, int length, string message)
    {
        return new QueryToken(QueryTokenKind.Error, position, length, Error: new QueryParseError(position, length, message));
    }
}
