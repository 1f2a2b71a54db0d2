namespace SearchEngine.Core.Search;

/// <summary>How a clause of a <see cref="BooleanQuery"/> takes part in matching and scoring, as Lucene's <c>BooleanClause.Occur</c>.</summary>
internal enum Occur
{
    /// <summary>The clause must match, and its score is added (<c>+clause</c>).</summary>
    Must,

    /// <summary>
    /// The clause may match, adding its score when it does (<c>clause</c>). Without Must or Filter clauses at
    /// least one Should clause (or <see cref="BooleanQuery.MinimumShouldMatch"/> of them) must match.
    /// </summary>
    Should,

    /// <summary>The clause must not match; it never scores (<c>-clause</c>).</summary>
    MustNot,

    /// <summary>The clause must match but does not score, e.g. a language or date filter (<c>#clause</c>).</summary>
    Filter,
}
