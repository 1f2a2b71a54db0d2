namespace SearchEngine.Core.Index;

/// <summary>
/// The terms of one field of one segment, with the statistics BM25 needs. Safe to share between threads; each
/// thread iterates through its own <see cref="TermsEnum"/> from <see cref="GetIterator"/>.
/// </summary>
internal abstract class Terms
{
    /// <summary>Gets the number of distinct terms of the field.</summary>
    public abstract long TermCount { get; }

    /// <summary>Gets the sum of <see cref="TermsEnum.DocFreq"/> over all terms (the number of postings).</summary>
    public abstract long SumDocFreq { get; }

    /// <summary>Gets the sum of <see cref="TermsEnum.TotalTermFreq"/> over all terms (equal to <see cref="SumDocFreq"/> without frequencies).</summary>
    public abstract long SumTotalTermFreq { get; }

    /// <summary>Gets the number of documents with at least one term in the field.</summary>
    public abstract int DocCount { get; }

    /// <summary>Gets a value indicating whether postings carry term frequencies.</summary>
    public abstract bool HasFreqs { get; }

    /// <summary>Gets a value indicating whether postings carry positions.</summary>
    public abstract bool HasPositions { get; }

    /// <summary>Gets a value indicating whether postings carry character offsets.</summary>
    public abstract bool HasOffsets { get; }

    /// <summary>Returns a new, unpositioned enumerator over the terms, for the calling thread.</summary>
    public abstract TermsEnum GetIterator();
}
