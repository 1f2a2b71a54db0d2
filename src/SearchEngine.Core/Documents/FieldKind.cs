namespace SearchEngine.Core.Documents;

/// <summary>How a document field is indexed and kept.</summary>
internal enum FieldKind
{
    /// <summary>Analyzed text: terms with frequencies, positions and (optionally) offsets, a length norm, usually stored.</summary>
    Text,

    /// <summary>One exact term (ids, languages, filter values): documents only, no norm.</summary>
    Keyword,

    /// <summary>Kept for retrieval only, not searchable.</summary>
    Stored,

    /// <summary>One 64-bit integer per document for range filters and sorting.</summary>
    NumericDocValues,

    /// <summary>One of a document's set of strings for facet counting; repeat the field for several values.</summary>
    SortedSetDocValues,
}
