namespace SearchEngine.News.Querying;

/// <summary>
/// A total order of hits the same on every snapshot of an index: by <paramref name="ByValue"/> first when given
/// (documents without the value last), then by score descending, then by the key field ascending in ordinal order;
/// with a key each document has once and no two share, a page can continue after a <see cref="HitPosition"/> taken
/// from an earlier snapshot, whatever merges renumbered meanwhile.
/// </summary>
/// <param name="KeyField">A field unique per document (the article id), indexed both as a keyword and as a value: the native engine compares its values, Lucene.Net its terms.</param>
/// <param name="ByValue">The numeric order that comes before the score, or null for relevance.</param>
internal sealed record HitOrder(string KeyField, SortByNumericField? ByValue = null);
