namespace SearchEngine.Server.Hosting;

/// <summary>Adds <see cref="RequestLoggingMiddleware"/>.</summary>
internal static class RequestLogging
{
    /// <summary>Logs every request with its status and elapsed time; first in the pipeline, so errors and 429s are logged too.</summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<RequestLoggingMiddleware>();
}
