namespace SearchEngine.News.QueryParsing;

/// <summary>One clause of a <see cref="BooleanNode"/>: a sub-query and how it takes part in matching.</summary>
/// <param name="Occur">Whether the clause should, must or must not match.</param>
/// <param name="Node">The sub-query.</param>
public readonly record struct QueryClause(QueryOccur Occur, QueryNode Node);
