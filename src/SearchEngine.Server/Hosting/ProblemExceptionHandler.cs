using Microsoft.AspNetCore.Diagnostics;
using SearchEngine.Server.IndexHosting;

namespace SearchEngine.Server.Hosting;

/// <summary>
/// Answers an exception that escaped an endpoint with a problem+json response: 413 or 400 for a request Kestrel
/// refused while it was read (a body over the limit, a truncated body), 503 while another process holds the index's
/// write lock, and 500, logged, for anything else, which is a bug.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>The seconds a client is asked to wait before retrying a write the index was too busy for.</summary>
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

        (int status, string title, string? detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } bad => (bad.StatusCode, "The request body is too large.", bad.Message),
            BadHttpRequestException bad => (bad.StatusCode, "The request is malformed.", bad.Message),
            IndexBusyException busy => (StatusCodes.Status503ServiceUnavailable, "The index is busy.", busy.Message),
            _ => (StatusCodes.Status500InternalServerError, "The server failed.", null),
        };
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = BusyRetrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (status >= StatusCodes.Status500InternalServerError)
        {
            LogFailed(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string method, string path);
}
