namespace SearchEngine.Core.Search;

/// <summary>Index-wide statistics of one field, as BM25 uses them (deleted documents included, as in Lucene).</summary>
/// <param name="Field">The field name.</param>
/// <param name="MaxDoc">The number of documents in the index.</param>
/// <param name="DocCount">The number of documents with at least one term in the field.</param>
/// <param name="SumTotalTermFreq">The number of tokens of the field over all documents.</param>
/// <param name="SumDocFreq">The sum over terms of their document frequencies.</param>
internal sealed record CollectionStatistics(string Field, long MaxDoc, long DocCount, long SumTotalTermFreq, long SumDocFreq);
