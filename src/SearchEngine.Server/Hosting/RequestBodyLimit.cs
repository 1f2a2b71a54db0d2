using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Hosting;

/// <summary>
/// Holds every request body to <see cref="SearchOptions.MaxRequestBodyBytes"/>, and the body of an endpoint marked
/// with <see cref="WithBulkBodyLimit{TBuilder}"/> to <see cref="SearchOptions.MaxBulkBodyBytes"/>: Kestrel then
/// answers a larger one with 413 as soon as it is read (or at once, from its Content-Length).
/// </summary>
internal static class RequestBodyLimit
{
    /// <summary>Adds the middleware that sets the limit on each request.</summary>
    /// <remarks>
    /// Set per request, not on Kestrel's options, so that the setting is read only after it has been validated at
    /// start. Routing has already chosen the endpoint here (the host runs it first), so its marker is seen.
    /// </remarks>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(static (context, next) =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                (long bytes, string key) = For(context);
                feature.MaxRequestBodySize = bytes;

                // The exception handler that answers the 413 no longer sees the endpoint; it reads the limit from here.
                context.Items[AppliedKey] = (bytes, key);
            }

            return next(context);
        });
    }

    /// <summary>Marks the endpoints whose body is held to <see cref="SearchOptions.MaxBulkBodyBytes"/> instead.</summary>
    public static TBuilder WithBulkBodyLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(BulkBody.Instance);

    private static readonly object AppliedKey = new();

    /// <summary>Returns the body limit set on the request and the setting it comes from, for a 413 to name; the endpoint's own when none was set.</summary>
    public static (long Bytes, string Key) Applied(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(AppliedKey, out object? applied) && applied is (long bytes, string key) ? (bytes, key) : For(context);
    }

    private static (long Bytes, string Key) For(HttpContext context)
    {
        SearchOptions options = context.RequestServices.GetRequiredService<IOptions<SearchOptions>>().Value;
        return context.GetEndpoint()?.Metadata.GetMetadata<BulkBody>() is null
            ? (options.MaxRequestBodyBytes, SearchOptions.Section + ":" + nameof(SearchOptions.MaxRequestBodyBytes))
            : (options.MaxBulkBodyBytes, SearchOptions.Section + ":" + nameof(SearchOptions.MaxBulkBodyBytes));
    }

    /// <summary>The endpoint metadata of <see cref="WithBulkBodyLimit{TBuilder}"/>.</summary>
    private sealed class BulkBody
    {
        public static readonly BulkBody Instance = new();
    }
}
