namespace SearchEngine.Core.Index;

/// <summary>
/// One competitive (frequency, norm) pair of a block of postings: some document of the block has this term
/// frequency and this norm, and no document of the block has both a higher frequency and a norm at most as long.
/// </summary>
/// <remarks>
/// Norms compare as unsigned lengths: a smaller norm byte means a shorter field, which BM25 scores higher, so
/// <c>(f1, n1)</c> dominates <c>(f2, n2)</c> when <c>f1 &gt;= f2</c> and <c>n1 &lt;= n2</c>. The maximum BM25
/// score of a block is the maximum over its impacts, which is what block-max WAND uses to skip whole blocks.
/// </remarks>
/// <param name="Freq">The term frequency (1 for fields without frequencies).</param>
/// <param name="Norm">The length norm byte (1 for fields without norms, as in Lucene).</param>
internal readonly record struct Impact(int Freq, byte Norm);
