namespace SearchEngine.News.Highlighting;

/// <summary>How many passages a highlight returns and how long each may be; set per call.</summary>
/// <remarks>
/// Passages are sentences; a sentence longer than <see cref="MaxPassageChars"/> is cut at a word boundary
/// (never inside a match, so a match longer than the limit makes a longer passage). <see cref="WholeText"/>
/// ignores both limits and returns the whole text as one passage, as a title needs.
/// </remarks>
public sealed record HighlightOptions
{
    /// <summary>Gets the options used when a call gives none: at most three passages of at most 200 characters.</summary>
    public static HighlightOptions Default { get; } = new();

    /// <summary>Gets the options for a title: the whole text as one passage, with every match marked.</summary>
    public static HighlightOptions Title { get; } = new() { WholeText = true };

    /// <summary>Gets the largest number of passages returned (at least 1).</summary>
    public int MaxPassages
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 3;

    /// <summary>Gets the longest a passage may be, in UTF-16 characters (at least 1).</summary>
    public int MaxPassageChars
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 200;

    /// <summary>Gets a value indicating whether the whole text is returned as one passage, as for a short title.</summary>
    public bool WholeText { get; init; }
}
