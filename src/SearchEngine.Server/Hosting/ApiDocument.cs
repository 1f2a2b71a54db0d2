using Microsoft.OpenApi;

namespace SearchEngine.Server.Hosting;

/// <summary>The OpenAPI document of the API, served at <c>/openapi/v1.json</c>.</summary>
internal static class ApiDocument
{
    /// <summary>Registers the document generator with the API's title and description.</summary>
    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "SearchEngine",
                Version = "v1",
                Description = "Full-text search over Danish and Dutch news articles: keyword, phrase and faceted queries. Errors are application/problem+json; a bad parameter is a 400 naming it.",
            };
            return Task.CompletedTask;
        }));
        return services;
    }
}
