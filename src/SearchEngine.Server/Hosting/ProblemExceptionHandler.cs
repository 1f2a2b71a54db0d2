using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using SearchEngine.News.Search;
using SearchEngine.Server.Configuration;
using SearchEngine.Server.IndexHosting;

namespace SearchEngine.Server.Hosting;

/// <summary>
/// Answers an exception that escaped an endpoint with a problem+json response: 413 or 400 for a request Kestrel
/// refused while it was read (a body over the limit, a truncated body), 503 while another process holds the index's
/// write lock or when a search ran past its budget, and 500 for anything else, which is a bug.
/// </summary>
/// <remarks>
/// A 5xx answer carries a fixed title and detail and the request's <c>traceId</c>, never the exception's message:
/// that may name the index folder, a process id or the host. The exception is logged with the same trace id, so an
/// operator finds the details from the id a client reports.
/// </remarks>
internal sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problems,
    IOptions<SearchOptions> options,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>The seconds a client is asked to wait before retrying a write the index was too busy for, or a search that ran out of time.</summary>
    public const int BusyRetrySeconds = 5;

    /// <summary>Writes the problem response for <paramref name="exception"/>.</summary>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        if (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client has gone: nobody reads an answer, and it is not the server's failure.
            return true;
        }

        string traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        string method = httpContext.Request.Method;
        string path = httpContext.Request.Path.Value ?? string.Empty;
        (int status, string title, string? detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } bad => (bad.StatusCode, "The request body is too large.", TooLargeDetail(httpContext)),
            BadHttpRequestException bad => (bad.StatusCode, "The request is malformed.", bad.Message),
            IndexBusyException => (StatusCodes.Status503ServiceUnavailable, "The index is busy.", "The index cannot take the change now: another process is writing it, or the server is stopping. Retry after the time in Retry-After."),
            SearchBudgetExceededException => (StatusCodes.Status503ServiceUnavailable, "The search took too long.", BudgetDetail(options.Value)),
            _ => (StatusCodes.Status500InternalServerError, "The server failed.", "The server failed to answer this request; the failure is logged under the traceId."),
        };
        switch (exception)
        {
            case IndexBusyException:
                LogBusy(logger, exception, method, path, traceId);
                break;
            case SearchBudgetExceededException:
                LogOverBudget(logger, method, path, traceId);
                break;
            default:
                if (status >= StatusCodes.Status500InternalServerError)
                {
                    LogFailed(logger, exception, method, path, traceId);
                }

                break;
        }

        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = BusyRetrySeconds.ToString(CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            // No Exception here: a problem writer could otherwise add its message or stack to the body.
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = status,
                Title = title,
                Detail = detail,
                Extensions = { ["traceId"] = traceId },
            },
        }).ConfigureAwait(false);
    }

    private static string TooLargeDetail(HttpContext context)
    {
        (long bytes, string key) = RequestBodyLimit.Applied(context);
        return string.Create(CultureInfo.InvariantCulture, $"The request body is larger than {bytes} bytes, the limit of this endpoint ({key}).");
    }

    private static string BudgetDetail(SearchOptions settings) => string.Create(
        CultureInfo.InvariantCulture,
        $"The search took longer than its budget of {settings.SearchBudgetMs} ms (Search:SearchBudgetMs) and was stopped; narrow the query, or retry after the time in Retry-After.");

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed (traceId {TraceId})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string method, string path, string traceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: the index is busy (traceId {TraceId})")]
    private static partial void LogBusy(ILogger logger, Exception exception, string method, string path, string traceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: the search ran past its budget (traceId {TraceId})")]
    private static partial void LogOverBudget(ILogger logger, string method, string path, string traceId);
}
