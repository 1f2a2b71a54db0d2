using SearchEngine.News.Articles;

namespace SearchEngine.Server.IndexHosting;

/// <summary>One write waiting for the next commit: an article to add or replace, or an id to delete.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Article">The article to add or replace, or null to delete <paramref name="Id"/>.</param>
internal sealed record PendingChange(string Id, Article? Article)
{
    /// <summary>Gets the completion the writer signals with the commit generation that made the change visible.</summary>
    public TaskCompletionSource<long> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
