namespace SearchEngine.Core.Index;

/// <summary>
/// The sorted-set doc values of one field in one segment: the field's distinct values, sorted in ordinal
/// (UTF-16 code unit) order and numbered by their place in that order (the ordinal), and per document the
/// ascending ordinals of its values.
/// </summary>
/// <remarks>
/// Facet counting reads each matching document's ordinals into a caller's buffer and counts into an array indexed
/// by ordinal, turning ordinals into labels only for the top counts. Implementations are immutable and safe to
/// share between threads; <see cref="GetOrdinalCount"/> and <see cref="GetOrdinals"/> allocate nothing.
/// </remarks>
internal abstract class SortedSetDocValues
{
    /// <summary>Gets the number of documents of the segment (valid DocIds are 0 to MaxDoc - 1).</summary>
    public abstract int MaxDoc { get; }

    /// <summary>Gets the number of distinct values (valid ordinals are 0 to ValueCount - 1).</summary>
    public abstract long ValueCount { get; }

    /// <summary>Returns the number of values document <paramref name="docId"/> has (0 when it has none).</summary>
    public abstract int GetOrdinalCount(int docId);

    /// <summary>
    /// Copies the ascending ordinals of document <paramref name="docId"/> into <paramref name="destination"/> and
    /// returns how many the document has. When that exceeds <c>destination.Length</c>, only the first
    /// <c>destination.Length</c> are copied: retry with a buffer of the returned size.
    /// </summary>
    public abstract int GetOrdinals(int docId, Span<int> destination);

    /// <summary>Returns the UTF-8 bytes of the value with ordinal <paramref name="ordinal"/>, without allocating.</summary>
    public abstract ReadOnlySpan<byte> LookupOrdinalUtf8(long ordinal);

    /// <summary>Returns the value with ordinal <paramref name="ordinal"/> (allocates the string).</summary>
    public abstract string LookupOrdinal(long ordinal);

    /// <summary>
    /// Returns the ordinal of <paramref name="value"/> by binary search, or <c>-(insertion point) - 1</c> when the
    /// field has no such value (as <see cref="Array.BinarySearch(Array, object)"/> does).
    /// </summary>
    public abstract long LookupTerm(string value);
}
