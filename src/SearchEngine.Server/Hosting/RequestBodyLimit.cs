using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Hosting;

/// <summary>
/// Holds every request body to <see cref="SearchOptions.MaxRequestBodyBytes"/>: Kestrel then answers a larger one
/// with 413 as soon as it is read (or at once, from its Content-Length).
/// </summary>
internal static class RequestBodyLimit
{
    /// <summary>Adds the middleware that sets the limit on each request.</summary>
    /// <remarks>Set per request, not on Kestrel's options, so that the setting is read only after it has been validated at start.</remarks>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(static (context, next) =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = context.RequestServices.GetRequiredService<IOptions<SearchOptions>>().Value.MaxRequestBodyBytes;
            }

            return next(context);
        });
    }
}
