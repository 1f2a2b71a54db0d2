namespace SearchEngine.News.Highlighting;

/// <summary>A marked stretch of the original text: UTF-16 offsets, start inclusive and end exclusive.</summary>
/// <param name="Start">The offset of the first marked character.</param>
/// <param name="End">The offset just past the last marked character.</param>
public readonly record struct MatchSpan(int Start, int End)
{
    /// <summary>Gets the number of characters marked.</summary>
    public int Length => End - Start;
}
