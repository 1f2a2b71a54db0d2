using Microsoft.Extensions.Primitives;

namespace SearchEngine.Server.Hosting;

/// <summary>
/// Puts the same security headers on every response, whatever writes it: the front end's files, the API, problem
/// responses from the exception handler and the status code pages, and 429/503 answers of the rate limiter.
/// </summary>
/// <remarks>
/// The headers are added when the response starts, not when the request comes in: the exception handler clears the
/// headers of a failed response before it writes the problem, and a header set earlier would be lost with them.
/// </remarks>
internal static class SecurityHeaders
{
    /// <summary>
    /// The content security policy: everything from this server, nothing from anywhere else (no CDN, web fonts or
    /// analytics), no inline script or style, and no page of another site may frame these pages.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The referrer policy: no page address (with its query, the user's search) is sent to another site.</summary>
    public const string ReferrerPolicy = "no-referrer";

    /// <summary>Adds the middleware; first in the pipeline, so that no response escapes it. The API page (<see cref="ApiPage"/>) has its own policy.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var http = (HttpContext)state;
                IHeaderDictionary headers = http.Response.Headers;
                headers.ContentSecurityPolicy = new StringValues(ApiPage.ContentSecurityPolicy(http) ?? ContentSecurityPolicy);
                headers.XContentTypeOptions = new StringValues("nosniff");
                headers["Referrer-Policy"] = new StringValues(ReferrerPolicy);
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
    }
}
