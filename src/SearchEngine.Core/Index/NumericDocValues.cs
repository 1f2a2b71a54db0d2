namespace SearchEngine.Core.Index;

/// <summary>
/// The numeric doc values of one field in one segment: at most one 64-bit integer per document, by random access
/// (filters and sorting look documents up in DocId order, but facets and range checks need no iterator state).
/// </summary>
/// <remarks>Implementations are immutable and safe to share between threads; lookups allocate nothing.</remarks>
internal abstract class NumericDocValues
{
    /// <summary>Gets the number of documents of the segment (valid DocIds are 0 to MaxDoc - 1).</summary>
    public abstract int MaxDoc { get; }

    /// <summary>Gets the value of document <paramref name="docId"/>; returns false when the document has none.</summary>
    public abstract bool TryGet(int docId, out long value);
}
