namespace SearchEngine.Core.Index;

/// <summary>
/// What the term dictionary records for one term: its document frequency, its total frequency and where its
/// postings start. Obtained from <see cref="TermsEnum.TermInfo"/> and handed back to
/// <see cref="TermsEnum.SeekExact(ReadOnlySpan{byte}, in TermInfo)"/>, so a query that looked a term up while
/// building its weight does not search the dictionary again when it creates its scorer.
/// </summary>
/// <remarks>
/// The file pointers are meaningful only for the <see cref="Terms"/> of the segment and field that produced the
/// value; <c>default</c> is not a valid term state.
/// </remarks>
internal readonly record struct TermInfo
{
    internal TermInfo(int docFreq, long totalTermFreq, long docPointer, long positionsPointer, long skipOffset, int singletonDocId)
    {
        DocFreq = docFreq;
        TotalTermFreq = totalTermFreq;
        DocPointer = docPointer;
        PositionsPointer = positionsPointer;
        SkipOffset = skipOffset;
        SingletonDocId = singletonDocId;
    }

    /// <summary>Gets the number of documents containing the term.</summary>
    public int DocFreq { get; }

    /// <summary>Gets the number of occurrences of the term over all documents (equal to <see cref="DocFreq"/> when the field has no frequencies).</summary>
    public long TotalTermFreq { get; }

    /// <summary>Gets where the term's documents start in the postings file (unused when <see cref="DocFreq"/> is 1).</summary>
    internal long DocPointer { get; }

    /// <summary>Gets where the term's positions start in the positions file (0 when the field has no positions).</summary>
    internal long PositionsPointer { get; }

    /// <summary>Gets the offset of the skip data from <see cref="DocPointer"/> (0 when the term has one block or less).</summary>
    internal long SkipOffset { get; }

    /// <summary>Gets the only document of a term with <see cref="DocFreq"/> 1 (stored inline, "pulsing"); -1 otherwise.</summary>
    internal int SingletonDocId { get; }
}
