using System.Globalization;
using Scalar.AspNetCore;

namespace SearchEngine.Server.Hosting;

/// <summary>
/// The browsable API page at <c>/scalar</c> (Scalar.AspNetCore) over the OpenAPI document. Its script is served
/// from the package by this server (no CDN); its default web fonts, telemetry, AI agent and developer toolbar
/// (links to Scalar's services) are off; its one inline script carries a fresh nonce per request. The page's
/// content security policy admits that nonce and inline styles (Scalar sets styles at run time) and nothing from
/// another host; every other path keeps the strict policy.
/// </summary>
internal static class ApiPage
{
    /// <summary>The page's path.</summary>
    public const string Path = "/scalar";

    /// <summary>Maps the page and its script files under <see cref="Path"/>.</summary>
    public static IEndpointRouteBuilder MapApiPage(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference(Path, static options => options
            .WithTitle("SearchEngine API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .WithNonce()
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .HideDeveloperTools())
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Returns the content security policy of a response under <see cref="Path"/>, or null for any other path (the strict policy applies).</summary>
    public static string? ContentSecurityPolicy(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments(Path, StringComparison.Ordinal))
        {
            return null;
        }

        string script = context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out object? value) && value is string nonce
            ? string.Create(CultureInfo.InvariantCulture, $"'self' 'nonce-{nonce}'")
            : "'self'";
        return $"default-src 'none'; script-src {script}; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; font-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }
}
