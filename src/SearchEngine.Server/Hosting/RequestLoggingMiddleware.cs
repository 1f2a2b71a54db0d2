using System.Diagnostics;

namespace SearchEngine.Server.Hosting;

/// <summary>Logs one line per request: method, path and query, status and elapsed milliseconds.</summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    /// <summary>Runs the rest of the pipeline and logs how it went.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        long started = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                HttpRequest request = context.Request;
                double elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogRequest(logger, request.Method, request.Path.Value ?? string.Empty, request.QueryString.Value ?? string.Empty, context.Response.StatusCode, elapsedMs);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path}{Query} -> {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, string query, int statusCode, double elapsedMs);
}
