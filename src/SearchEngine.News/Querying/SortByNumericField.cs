namespace SearchEngine.News.Querying;

/// <summary>
/// Orders hits by a numeric field (a publication date), then by score descending, then by document; documents
/// without the value come after all that have one, whichever the direction.
/// </summary>
/// <param name="Field">A field indexed as a number (<see cref="Engines.IndexFieldKind.Numeric"/>).</param>
/// <param name="Descending">True for the largest value first.</param>
internal sealed record SortByNumericField(string Field, bool Descending = true);
