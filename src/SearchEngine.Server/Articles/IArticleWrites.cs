using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;

namespace SearchEngine.Server.Articles;

/// <summary>
/// The one door the article endpoints write through, after they have validated the request: alone, the local writer
/// (<see cref="LocalArticleWrites"/>: committed before the answer); in a cluster, the stream
/// (<see cref="Cluster.JetStreamArticleWrites"/>: accepted once JetStream acknowledges it). Each answers the request.
/// </summary>
internal interface IArticleWrites
{
    /// <summary>Adds or replaces <paramref name="article"/> and returns the answer to the request.</summary>
    Task<Results<Created<StoredArticle>, Ok<StoredArticle>, Accepted<ArticleChangeAccepted>, ValidationProblem, ProblemHttpResult>> PutAsync(Article article, CancellationToken cancellationToken);

    /// <summary>
    /// Adds or replaces each of <paramref name="articles"/> in their order and returns one item per article, in the
    /// same order: alone all in one commit, visible before the answer (created or updated), or none (an exception);
    /// in a cluster each published as a put (accepted with its sequence, or failed with those after it).
    /// </summary>
    Task<IReadOnlyList<BulkItem>> PutManyAsync(IReadOnlyList<BulkArticle> articles, CancellationToken cancellationToken);

    /// <summary>Deletes the article <paramref name="id"/> and returns the answer to the request.</summary>
    Task<Results<NoContent, Accepted<ArticleChangeAccepted>, ProblemHttpResult, ValidationProblem>> DeleteAsync(string id, CancellationToken cancellationToken);
}
