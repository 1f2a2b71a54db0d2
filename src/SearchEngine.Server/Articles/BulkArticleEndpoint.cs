using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchEngine.News.Articles;
using SearchEngine.Server.Configuration;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace SearchEngine.Server.Articles;

/// <summary>
/// <c>POST /api/articles/_bulk</c>: many articles in one NDJSON body, one a line, each checked as a <c>PUT</c> is
/// (<see cref="ArticleInputValidator"/>) with its id inside; the valid ones written through <see cref="IArticleWrites"/>
/// together, the invalid ones reported by line number.
/// </summary>
internal static class BulkArticleEndpoint
{
    /// <summary>The media type of the body: newline-delimited JSON.</summary>
    public const string ContentType = "application/x-ndjson";

    /// <summary>Reads every line, validates each, writes the valid ones in one go and answers one item per non-blank line.</summary>
    internal static async Task<Results<Ok<BulkResponse>, ProblemHttpResult>> PostAsync(
        HttpRequest request,
        IArticleWrites writes,
        IOptions<SearchOptions> options,
        IOptions<HttpJsonOptions> json,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(writes);
        if (!IsNdjson(request.ContentType))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The articles must be sent as NDJSON.",
                detail: $"Send one JSON article a line with Content-Type: {ContentType}.");
        }

        long maxLineBytes = options.Value.MaxRequestBodyBytes;
        JsonSerializerOptions serializer = json.Value.SerializerOptions;
        var reader = new NdjsonLineReader(request.BodyReader, (int)maxLineBytes);
        var invalid = new List<BulkItem>();
        var valid = new List<BulkArticle>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) is NdjsonLine line)
        {
            if (line.Oversize)
            {
                invalid.Add(new BulkItem(line.Number, null, BulkItem.Invalid, Errors: new Dictionary<string, string[]>
                {
                    ["$"] = [$"The line is {line.Length} bytes long; at most {maxLineBytes} (Search:MaxRequestBodyBytes) are accepted."],
                }));
            }
            else if (!IsBlank(line.Bytes.Span))
            {
                if (TryRead(line, serializer, out BulkArticle? article, out BulkItem? refused))
                {
                    valid.Add(article);
                }
                else
                {
                    invalid.Add(refused);
                }
            }
        }

        IReadOnlyList<BulkItem> written = valid.Count == 0 ? [] : await writes.PutManyAsync(valid, cancellationToken).ConfigureAwait(false);
        BulkItem[] items = Merge(written, invalid);
        int failed = 0;
        foreach (BulkItem item in written)
        {
            failed += item.Status == BulkItem.Failed ? 1 : 0;
        }

        return TypedResults.Ok(new BulkResponse(items.Length, invalid.Count, failed, items));
    }

    /// <summary>Parses and validates one line; false with the line's invalid item when it is not an article.</summary>
    private static bool TryRead(
        NdjsonLine line,
        JsonSerializerOptions serializer,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BulkArticle? article,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out BulkItem? refused)
    {
        article = null;
        refused = null;
        ArticleInput? input;
        try
        {
            input = JsonSerializer.Deserialize<ArticleInput>(line.Bytes.Span, serializer);
        }
        catch (JsonException ex)
        {
            string field = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            refused = Refused(line.Number, null, new Dictionary<string, string[]> { [field] = [$"The line is not a JSON article: {ex.Message}"] });
            return false;
        }

        string? id = input?.Id;
        string? idError = id is null ? "Each line must name its article in id." : ArticleInputValidator.CheckId(id);
        Dictionary<string, string[]> errors;
        if (idError is null)
        {
            if (ArticleInputValidator.TryCreate(id!, input, out Article? created, out errors))
            {
                article = new BulkArticle(line.Number, created);
                return true;
            }
        }
        else
        {
            // Still checked field by field, under a stand-in id that never reaches the index.
            _ = ArticleInputValidator.TryCreate("line", input is null ? null : input with { Id = null }, out _, out errors);
            errors["id"] = [idError];
        }

        refused = Refused(line.Number, idError is null ? id : null, errors);
        return false;
    }

    private static BulkItem Refused(int line, string? id, Dictionary<string, string[]> errors) => new(line, id, BulkItem.Invalid, Errors: errors);

    /// <summary>Merges the two lists, each in line order, into one in line order.</summary>
    private static BulkItem[] Merge(IReadOnlyList<BulkItem> written, List<BulkItem> invalid)
    {
        var items = new BulkItem[written.Count + invalid.Count];
        int w = 0;
        int i = 0;
        for (int k = 0; k < items.Length; k++)
        {
            items[k] = i == invalid.Count || (w < written.Count && written[w].Line < invalid[i].Line) ? written[w++] : invalid[i++];
        }

        return items;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    private static bool IsNdjson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out Microsoft.Net.Http.Headers.MediaTypeHeaderValue? media)
        && media.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase);
}
