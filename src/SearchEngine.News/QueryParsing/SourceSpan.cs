namespace SearchEngine.News.QueryParsing;

/// <summary>
/// A range of UTF-16 code units in the query text: where a node or an error came from, for error messages and for
/// highlighting the query later.
/// </summary>
/// <param name="Start">The 0-based index of the first character.</param>
/// <param name="Length">The number of characters (0 for a position such as the end of the query).</param>
public readonly record struct SourceSpan(int Start, int Length)
{
    /// <summary>Gets the index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Returns the span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public static SourceSpan FromBounds(int start, int end) => new(start, end - start);

    /// <inheritdoc />
    public override string ToString() => $"{Start}+{Length}";
}
