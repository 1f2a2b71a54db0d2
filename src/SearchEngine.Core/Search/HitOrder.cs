namespace SearchEngine.Core.Search;

/// <summary>
/// A total order of hits that does not depend on doc ids: by a numeric doc value first when <paramref name="ByValue"/>
/// is given (documents without it last), then by score descending, then by the value of a key field ascending in
/// ordinal (UTF-16 code unit) order. With a key every document has once and no two share, two searches of the same
/// index order the same documents alike however its segments are laid out, so a page can continue after a
/// <see cref="HitPosition"/> taken from another reader.
/// </summary>
/// <param name="KeyField">A sorted-set doc values field with one unique value per document (the article id).</param>
/// <param name="ByValue">The numeric doc values order that comes before the score, or null for relevance.</param>
internal sealed record HitOrder(string KeyField, SortByNumericField? ByValue = null)
{
    /// <summary>Gets the key field that breaks every tie.</summary>
    public string KeyField { get; } = !string.IsNullOrEmpty(KeyField) ? KeyField : throw new ArgumentException("A key field is required.", nameof(KeyField));
}
