using SearchEngine.News.Articles;

namespace SearchEngine.Server.IndexHosting;

/// <summary>One write waiting for the next commit: articles to add or replace, in order, or an id to delete; all of one change go into the same commit.</summary>
/// <param name="Puts">The articles to add or replace, in order; empty for a deletion.</param>
/// <param name="DeleteId">The id to delete, or null for puts.</param>
internal sealed record PendingChange(IReadOnlyList<Article> Puts, string? DeleteId)
{
    /// <summary>Gets the number of documents the change touches, which the writer's batch size counts.</summary>
    public int Size => DeleteId is null ? Puts.Count : 1;

    /// <summary>Gets the completion the writer signals with the commit generation that made the change visible.</summary>
    public TaskCompletionSource<long> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
