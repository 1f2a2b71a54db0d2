
namespace SearchEngine.News.Indexing;

/// <summary>What a bulk indexing run did.</summary>
/// <param name="Added">The articles added (or replaced).</param>
/// <param name="Skipped">The malformed records skipped.</param>
/// <param name="Commit">The final commit.</param>
/// <param name="Elapsed">The wall time of the run, reading included.</param>
public sealed record BulkIndexResult(long Added, long Skipped, NewsCommit Commit, TimeSpan Elapsed)
{
    /// <summary>Gets the number of articles whose id an earlier article of the run had (each replaced that one).</summary>
    public long Duplicates { get; init; }

    /// <summary>Gets the first few of those repeats with their file and line, in reading order.</summary>
    public IReadOnlyList<DuplicateId> FirstDuplicates { get; init; } = [];
}
