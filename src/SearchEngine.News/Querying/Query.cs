namespace SearchEngine.News.Querying;

/// <summary>
/// An engine-neutral query: what the facade's query builder makes of the parsed syntax and the filters, and
/// what every engine translates into its own queries, so both engines search for exactly the same thing.
/// </summary>
/// <remarks>
/// The records are immutable and compare by value; an engine may cache its translation per instance. Scoring
/// follows Lucene 8: terms and phrases score BM25, prefix and range queries a constant equal to their boost,
/// <see cref="MatchAllDocsQuery"/> 1, and <see cref="Occur.Filter"/> clauses nothing.
/// </remarks>
internal abstract record Query;
