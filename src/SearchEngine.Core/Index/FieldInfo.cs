namespace SearchEngine.Core.Index;

/// <summary>How one field of a segment is indexed and stored; field numbers are per segment.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Number">The field's number within its segment (0-based, dense).</param>
/// <param name="IndexOptions">What the inverted index records for the field.</param>
/// <param name="HasNorms">Whether a length norm byte is kept per document (scored text fields).</param>
/// <param name="DocValues">The doc values kind, if any.</param>
internal sealed record FieldInfo(string Name, int Number, IndexOptions IndexOptions, bool HasNorms, DocValuesType DocValues)
{
    /// <summary>Gets a value indicating whether the field has postings.</summary>
    public bool IsIndexed => IndexOptions != IndexOptions.None;

    /// <summary>Gets a value indicating whether postings carry term frequencies.</summary>
    public bool HasFreqs => IndexOptions >= IndexOptions.DocsAndFreqs;

    /// <summary>Gets a value indicating whether postings carry positions.</summary>
    public bool HasPositions => IndexOptions >= IndexOptions.DocsAndFreqsAndPositions;

    /// <summary>Gets a value indicating whether postings carry character offsets.</summary>
    public bool HasOffsets => IndexOptions >= IndexOptions.DocsAndFreqsAndPositionsAndOffsets;
}
