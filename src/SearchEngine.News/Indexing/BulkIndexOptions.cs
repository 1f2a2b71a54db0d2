using SearchEngine.News.Articles;

namespace SearchEngine.News.Indexing;

/// <summary>How <see cref="BulkIndexer"/> adds many articles.</summary>
public sealed record BulkIndexOptions
{
    /// <summary>Gets the number of indexing threads (default: all cores).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets the number of articles after which to commit, so a long run keeps durable progress (0: commit only at the end).</summary>
    public int CommitEvery { get; init; }

    /// <summary>Gets the callback for each malformed record that was skipped.</summary>
    public Action<ArticleError>? OnSkipped { get; init; }

    /// <summary>Gets the callback after each commit (intermediate and final).</summary>
    public Action<NewsCommit>? OnCommit { get; init; }

    /// <summary>Gets the callback with the number of articles added so far, called about every 256 articles.</summary>
    public Action<long>? OnProgress { get; init; }
}
