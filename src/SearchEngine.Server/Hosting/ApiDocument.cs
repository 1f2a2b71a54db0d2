using Microsoft.OpenApi;
using SearchEngine.Server.Articles;

namespace SearchEngine.Server.Hosting;

/// <summary>The OpenAPI document of the API, served at <c>/openapi/v1.json</c>, with the API key declared as its security scheme.</summary>
internal static class ApiDocument
{
    /// <summary>The name of the API key's security scheme in the document.</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>Registers the document generator: the API's title and description, the API key scheme, and the key on each write endpoint.</summary>
    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "SearchEngine",
                    Version = "v1",
                    Description = "Full-text search over Danish and Dutch news articles: keyword, phrase and faceted queries. Errors are application/problem+json; a bad parameter is a 400 naming it. "
                        + $"Writes need the server's API key in the {ApiKeyFilter.HeaderName} header (none configured: writes are disabled, 403).",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
                document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    Name = ApiKeyFilter.HeaderName,
                    In = ParameterLocation.Header,
                    Description = "The server's API key (Search:ApiKey); a missing or wrong key is a 401.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.Contains(ApiKeyFilter.Requirement))
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] });
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }
}
