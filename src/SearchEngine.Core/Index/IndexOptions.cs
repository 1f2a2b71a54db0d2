namespace SearchEngine.Core.Index;

/// <summary>What the inverted index records for a field, each level including the ones before it.</summary>
internal enum IndexOptions
{
    /// <summary>The field is not indexed (stored or doc values only).</summary>
    None = 0,

    /// <summary>Only which documents contain each term (filters, ids, keywords).</summary>
    Docs = 1,

    /// <summary>Documents and term frequencies (scoring without phrases).</summary>
    DocsAndFreqs = 2,

    /// <summary>Documents, frequencies and positions (phrase queries).</summary>
    DocsAndFreqsAndPositions = 3,

    /// <summary>Documents, frequencies, positions and character offsets (highlighting from postings).</summary>
    DocsAndFreqsAndPositionsAndOffsets = 4,
}
