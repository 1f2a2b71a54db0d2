namespace SearchEngine.News.Querying;

/// <summary>Where a hit stands in a <see cref="HitOrder"/>: a search after it returns only hits ranking strictly after it.</summary>
/// <param name="Value">The hit's value of the order's numeric field; null when it has none or the order has no value.</param>
/// <param name="Score">The hit's score, exactly as the engine returned it.</param>
/// <param name="Key">The hit's key (the article id).</param>
internal readonly record struct HitPosition(long? Value, float Score, string Key);
