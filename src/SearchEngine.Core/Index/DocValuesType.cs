namespace SearchEngine.Core.Index;

/// <summary>The column-stride values a field keeps per document, for sorting, ranges and facets.</summary>
internal enum DocValuesType
{
    /// <summary>No doc values.</summary>
    None = 0,

    /// <summary>At most one 64-bit integer per document (dates as yyyymmdd, for range filters and sorting).</summary>
    Numeric = 1,

    /// <summary>A set of strings per document, stored as ordinals into the field's sorted value list (facets).</summary>
    SortedSet = 2,
}
