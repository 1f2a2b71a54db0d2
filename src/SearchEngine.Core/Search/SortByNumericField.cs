namespace SearchEngine.Core.Search;

/// <summary>
/// Orders hits by a numeric doc values field (e.g. a publication date), then by score descending, then by doc id
/// ascending; documents without a value in the field come last, in score order.
/// </summary>
/// <param name="Field">The numeric doc values field.</param>
/// <param name="Descending">True (the default) for the largest value first, e.g. newest first; false for the smallest first.</param>
internal sealed record SortByNumericField(string Field, bool Descending = true)
{
    /// <summary>Gets the numeric doc values field.</summary>
    public string Field { get; } = !string.IsNullOrEmpty(Field) ? Field : throw new ArgumentException("A field name is required.", nameof(Field));
}
