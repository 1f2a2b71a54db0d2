
namespace SearchEngine.News.Indexing;

/// <summary>What a bulk indexing run did.</summary>
/// <param name="Added">The articles added (or replaced).</param>
/// <param name="Skipped">The malformed records skipped.</param>
/// <param name="Commit">The final commit.</param>
/// <param name="Elapsed">The wall time of the run, reading included.</param>
public sealed record BulkIndexResult(long Added, long Skipped, NewsCommit Commit, TimeSpan Elapsed);
