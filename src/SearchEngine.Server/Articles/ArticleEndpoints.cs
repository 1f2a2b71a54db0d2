using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.News.QueryParsing;
using SearchEngine.News.Search;
using SearchEngine.Server.Hosting;
using SearchEngine.Server.Search;

namespace SearchEngine.Server.Articles;

/// <summary><c>GET</c>, <c>PUT</c> and <c>DELETE /api/articles/{id}</c>: read one article; add, replace or delete one with the API key; <c>POST /api/articles/_bulk</c>: add or replace many.</summary>
internal static class ArticleEndpoints
{
    /// <summary>Maps the article endpoints, rate limited per client; writes behind <see cref="ApiKeyFilter"/>.</summary>
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder articles = app.MapGroup("/api/articles").RequireRateLimiting(RateLimiting.PerClientPolicy).WithTags("Articles");
        articles.MapGet("/{id}", Get)
            .WithName("GetArticle")
            .WithDescription("The article as stored, with titleHtml and bodyHtml: the title and the whole body HTML-escaped, every match of q (in the classic syntax, analysed in the article's language, as a search marks its hits) in <mark>; without q nothing is marked. A q that does not parse is a 400 naming q.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        RouteGroupBuilder writes = ApiKeyFilter.RequireApiKey(articles.MapGroup(string.Empty))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        writes.MapPut("/{id}", Put)
            .WithName("PutArticle")
            .WithDescription("The body is one article in the JSON Lines schema: lang (da, nl or null to detect), date, title, body, persons and organizations (null to extract). "
                + "A server that runs alone commits the change before the response, so a following search sees it: 201 when the id is new, 200 when it replaced an article. "
                + "In a cluster the change is published to the stream: 202 once JetStream acknowledges it, with the id, the stream sequence and the change (put); searches see it once the indexer has committed it and the node has copied the commit. "
                + "503 when the change was not accepted.")
            .Accepts<ArticleInput>("application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        writes.MapDelete("/{id}", Delete)
            .WithName("DeleteArticle")
            .WithDescription("Alone: commits the deletion before the response (204), or 404 when there is no such article. "
                + "In a cluster: publishes the deletion, 202 once JetStream acknowledges it (with the stream sequence), whether or not this node has the article yet; 503 when the change was not accepted.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        writes.MapPost("/_bulk", BulkArticleEndpoint.PostAsync)
            .WithName("BulkArticles")
            .WithBulkBodyLimit()
            .WithDescription("The body is NDJSON (Content-Type: " + BulkArticleEndpoint.ContentType + "): one article a line in the PUT schema with its id inside; blank lines are skipped. "
                + "Each line is validated as a PUT body is, and held to Search:MaxRequestBodyBytes; the whole body to Search:MaxBulkBodyBytes (over it: 413, nothing written). "
                + "The answer has one item per non-blank line with its 1-based line number, its id and its status: invalid (with the errors by field) for a bad line, which costs no other line its write; "
                + "alone created or updated, all valid lines committed in one commit before the response; in a cluster accepted with the stream sequence once JetStream acknowledges each line, "
                + "or failed (not durable: send it again) from the first line it did not acknowledge on.")
            .Accepts<ArticleInput>(BulkArticleEndpoint.ContentType)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    /// <summary>Returns one article as the index stores it, with its title and body marked by the query <paramref name="q"/>.</summary>
    internal static Results<Ok<ArticleResponse>, ProblemHttpResult, ValidationProblem> Get(string id, [FromQuery] string? q, NewsIndex index)
    {
        if (ArticleInputValidator.CheckId(id) is string error)
        {
            return IdProblem(error);
        }

        HighlightedArticle? found;
        using (NewsSearcherLease lease = index.AcquireSearcher())
        {
            try
            {
                found = lease.Searcher.GetArticle(id, q ?? string.Empty);
            }
            catch (QueryParseException ex)
            {
                return SearchProblems.Query(ex);
            }
            catch (InvalidSearchRequestException ex)
            {
                return SearchProblems.Limit(ex);
            }
        }

        return found is null ? NotFound(id) : TypedResults.Ok(ArticleResponse.From(found));
    }

    /// <summary>Validates an article (the API key in X-Api-Key required) and writes it through <see cref="IArticleWrites"/>, which answers: alone the article as stored, in a cluster 202.</summary>
    internal static async Task<Results<Created<StoredArticle>, Ok<StoredArticle>, Accepted<ArticleChangeAccepted>, ValidationProblem, ProblemHttpResult>> Put(
        string id,
        HttpRequest request,
        IArticleWrites writes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(writes);
        if (ArticleInputValidator.CheckId(id) is string error)
        {
            return IdProblem(error);
        }

        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The article must be sent as JSON.",
                detail: "Send the article with Content-Type: application/json.");
        }

        ArticleInput? input;
        try
        {
            input = await request.ReadFromJsonAsync<ArticleInput>(cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            string field = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [$"The body is not a JSON article: {ex.Message}"] },
                title: "The article is not valid.");
        }

        if (!ArticleInputValidator.TryCreate(id, input, out Article? article, out Dictionary<string, string[]> errors))
        {
            return TypedResults.ValidationProblem(errors, title: "The article is not valid.");
        }

        return await writes.PutAsync(article, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes an article (the API key in X-Api-Key required) through <see cref="IArticleWrites"/>: alone 204 or 404, in a cluster 202.</summary>
    internal static async Task<Results<NoContent, Accepted<ArticleChangeAccepted>, ProblemHttpResult, ValidationProblem>> Delete(
        string id,
        IArticleWrites writes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (ArticleInputValidator.CheckId(id) is string error)
        {
            return IdProblem(error);
        }

        return await writes.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
    }

    private static ValidationProblem IdProblem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [message] }, title: "The article id is not valid.");

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "No such article.",
            detail: $"The index has no article with the id '{ProblemText.Shorten(id)}'.");
}
