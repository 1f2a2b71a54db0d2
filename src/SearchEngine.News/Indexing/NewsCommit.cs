namespace SearchEngine.News.Indexing;

/// <summary>A commit of a news index: durable, and visible to searches that start after it.</summary>
/// <param name="Generation">The commit's generation; a later commit has a larger one.</param>
/// <param name="LiveDocs">The live articles in the commit.</param>
/// <param name="Bytes">The total size of the files the commit references.</param>
public sealed record NewsCommit(long Generation, long LiveDocs, long Bytes);
