namespace SearchEngine.Core.Search;

/// <summary>Index-wide statistics of one term.</summary>
/// <param name="DocFreq">The number of documents containing the term.</param>
/// <param name="TotalTermFreq">The number of occurrences of the term.</param>
internal readonly record struct TermStatistics(long DocFreq, long TotalTermFreq);
