namespace SearchEngine.News.Querying;

/// <summary>One clause of a <see cref="BooleanQuery"/>.</summary>
/// <param name="Query">The clause's query.</param>
/// <param name="Occur">How it takes part.</param>
internal readonly record struct BooleanClause(Query Query, Occur Occur);
