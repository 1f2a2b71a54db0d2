namespace SearchEngine.News.Engines;

/// <summary>A commit that an engine has made durable.</summary>
/// <param name="Generation">The commit's generation; a later commit has a larger one.</param>
/// <param name="LiveDocs">The live documents in the commit.</param>
/// <param name="Bytes">The total size of the files the commit references.</param>
internal sealed record EngineCommit(long Generation, long LiveDocs, long Bytes);
