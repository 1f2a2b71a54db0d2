using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;
using SearchEngine.Server.Hosting;
using SearchEngine.Server.IndexHosting;

namespace SearchEngine.Server.Articles;

/// <summary>The writes of a server that runs alone: through <see cref="ArticleWriter"/>, committed and visible before the answer (200, 201, 204; 404 for a missing article).</summary>
internal sealed class LocalArticleWrites(ArticleWriter writer, NewsIndex index) : IArticleWrites
{
    /// <summary>Commits the article, then answers it as stored: 201 when the id is new, 200 when it replaced one.</summary>
    public async Task<Results<Created<StoredArticle>, Ok<StoredArticle>, Accepted<ArticleChangeAccepted>, ValidationProblem, ProblemHttpResult>> PutAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        string id = article.Id;
        bool existed = Find(id) is not null;
        await writer.PutAsync(article, cancellationToken).ConfigureAwait(false);

        // The writer swapped in its commit; should that reopen have failed, answer with what was sent.
        StoredArticle stored = Find(id) ?? new StoredArticle(
            article.Id, article.Language, article.Date?.ToString(), article.Title, article.Body, article.Persons, article.Organizations);
        return existed ? TypedResults.Ok(stored) : TypedResults.Created($"/api/articles/{Uri.EscapeDataString(id)}", stored);
    }

    /// <summary>Commits all the articles in one commit, then answers each: created when its id was new, updated when it replaced one (or an earlier line's).</summary>
    public async Task<IReadOnlyList<BulkItem>> PutManyAsync(IReadOnlyList<BulkArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var items = new BulkItem[articles.Count];
        var batch = new Article[articles.Count];
        var seen = new HashSet<string>(articles.Count, StringComparer.Ordinal);
        using (NewsSearcherLease lease = index.AcquireSearcher())
        {
            for (int i = 0; i < articles.Count; i++)
            {
                Article article = articles[i].Article;
                bool existed = !seen.Add(article.Id) || lease.Searcher.GetArticle(article.Id) is not null;
                items[i] = new BulkItem(articles[i].Line, article.Id, existed ? BulkItem.Updated : BulkItem.Created);
                batch[i] = article;
            }
        }

        if (batch.Length > 0)
        {
            await writer.PutManyAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        return items;
    }

    /// <summary>Commits the deletion (204), or answers 404 when the index has no such article.</summary>
    public async Task<Results<NoContent, Accepted<ArticleChangeAccepted>, ProblemHttpResult, ValidationProblem>> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (Find(id) is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such article.",
                detail: $"The index has no article with the id '{ProblemText.Shorten(id)}'.");
        }

        await writer.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private StoredArticle? Find(string id)
    {
        using NewsSearcherLease lease = index.AcquireSearcher();
        return lease.Searcher.GetArticle(id);
    }
}
