namespace SearchEngine.News.Querying;

/// <summary>How a clause of a <see cref="BooleanQuery"/> takes part.</summary>
internal enum Occur
{
    /// <summary>Must match, and adds its score.</summary>
    Must,

    /// <summary>May match, and adds its score when it does; at least one must match when there is no required clause.</summary>
    Should,

    /// <summary>Must not match; never scored.</summary>
    MustNot,

    /// <summary>Must match, but adds nothing to the score (a filter).</summary>
    Filter,
}
