namespace SearchEngine.News.QueryParsing;

/// <summary>How a clause of a <see cref="BooleanNode"/> takes part in matching, as Lucene's BooleanClause.Occur.</summary>
public enum QueryOccur
{
    /// <summary>The clause may match; matching it raises the score (no prefix, or introduced by <c>OR</c>).</summary>
    Should,

    /// <summary>The clause must match (<c>+</c>, or joined by <c>AND</c>).</summary>
    Must,

    /// <summary>The clause must not match (<c>-</c>, <c>!</c> or <c>NOT</c>).</summary>
    MustNot,
}
