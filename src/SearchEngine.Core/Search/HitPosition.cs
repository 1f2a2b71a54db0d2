namespace SearchEngine.Core.Search;

/// <summary>
/// Where a hit stands in a <see cref="HitOrder"/>: its numeric value (null when the document has none, or when the
/// order has no value), its score and its key. A search after a position returns only hits ranking strictly after it.
/// </summary>
/// <param name="Value">The hit's value of the order's numeric field, or null.</param>
/// <param name="Score">The hit's score.</param>
/// <param name="Key">The hit's key.</param>
internal readonly record struct HitPosition(long? Value, float Score, string Key);
