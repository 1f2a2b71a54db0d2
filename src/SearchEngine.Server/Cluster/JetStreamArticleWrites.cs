using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.Server.Articles;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Cluster;

/// <summary>
/// The writes of a cluster node: each change is published to the stream and answered 202 once JetStream acknowledges
/// it (the durability promise); the indexer applies it later. A delete is published whether or not this node has the
/// article yet, since it may lag. A publish that fails or is not acknowledged in time is a 503: nothing was accepted.
/// </summary>
internal sealed partial class JetStreamArticleWrites(ClusterTopology topology, IOptions<SearchOptions> options, ILogger<JetStreamArticleWrites> logger) : IArticleWrites
{
    /// <summary>The wait between attempts of a publish nobody answered.</summary>
    private static readonly TimeSpan RetryWait = TimeSpan.FromMilliseconds(250);

    public async Task<Results<Created<StoredArticle>, Ok<StoredArticle>, Accepted<ArticleChangeAccepted>, ValidationProblem, ProblemHttpResult>> PutAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        return await PublishAsync(ArticleChange.ForPut(article), cancellationToken).ConfigureAwait(false) switch
        {
            ArticleChangeAccepted accepted => TypedResults.Accepted(Location(accepted.Id), accepted),
            _ => NotAccepted(),
        };
    }

    public async Task<IReadOnlyList<BulkItem>> PutManyAsync(IReadOnlyList<BulkArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var items = new BulkItem[articles.Count];
        bool failed = false;
        for (int i = 0; i < articles.Count; i++)
        {
            // One at a time, so the stream keeps the request's order (a later line with the same id wins). After the
            // first line not acknowledged the rest are not sent: each would wait out the timeout, and a later put of
            // an id must not land without an earlier one.
            Article article = articles[i].Article;
            ArticleChangeAccepted? accepted = failed ? null : await PublishAsync(ArticleChange.ForPut(article), cancellationToken).ConfigureAwait(false);
            failed = accepted is null;
            items[i] = accepted is null
                ? new BulkItem(articles[i].Line, article.Id, BulkItem.Failed)
                : new BulkItem(articles[i].Line, article.Id, BulkItem.Accepted, accepted.Sequence);
        }

        return items;
    }

    public async Task<Results<NoContent, Accepted<ArticleChangeAccepted>, ProblemHttpResult, ValidationProblem>> DeleteAsync(string id, CancellationToken cancellationToken) =>
        await PublishAsync(ArticleChange.ForDelete(id), cancellationToken).ConfigureAwait(false) switch
        {
            ArticleChangeAccepted accepted => TypedResults.Accepted(Location(accepted.Id), accepted),
            _ => NotAccepted(),
        };

    /// <summary>Publishes <paramref name="change"/> and returns JetStream's acknowledgement, or null when there is none within the timeout.</summary>
    private async Task<ArticleChangeAccepted?> PublishAsync(ArticleChange change, CancellationToken cancellationToken)
    {
        ClusterOptions cluster = options.Value.Cluster;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(cluster.PublishTimeout);
        try
        {
            ClusterStores stores = await topology.WaitAsync(timeout.Token).ConfigureAwait(false);
            // Retried until the timeout while NATS fails over (a node stopped: no responders until the client has moved
            // to another). One message id for all attempts, so the stream stores the change once however many reach it.
            var publish = new NatsJSPubOpts
            {
                MsgId = Guid.NewGuid().ToString("N"),
                RetryAttempts = (int)Math.Max(1, cluster.PublishTimeout / RetryWait),
                RetryWaitBetweenAttempts = RetryWait,
            };
            PubAckResponse ack = await stores.JetStream.PublishAsync(cluster.Subject, change.ToUtf8(), opts: publish, cancellationToken: timeout.Token).ConfigureAwait(false);
            ack.EnsureSuccess();
            return new ArticleChangeAccepted(change.Id, ack.Seq, change.Change);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A timeout, NATS unreachable, no stream, or JetStream refusing: whatever it was, the client must retry.
            LogNotAccepted(logger, ex, change.Change, change.Id);
            return null;
        }
    }

    private static string Location(string id) => $"/api/articles/{Uri.EscapeDataString(id)}";

    private static ProblemHttpResult NotAccepted() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The change was not accepted.",
        detail: "The stream did not acknowledge the change in time, so it is not durable and will not be indexed. Retry it.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stream did not accept the {Change} of article {Id}; answered 503")]
    private static partial void LogNotAccepted(ILogger logger, Exception exception, string change, string id);
}
