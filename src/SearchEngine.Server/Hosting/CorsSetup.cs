using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using SearchEngine.Server.Articles;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.Hosting;

/// <summary>Cross-origin access (reads, and writes with the key: PUT, DELETE, the bulk POST) for the origins in <see cref="SearchOptions.AllowedOrigins"/>; with none (the default) browsers allow only same-origin calls.</summary>
internal static class CorsSetup
{
    /// <summary>Registers a default policy for the configured origins, if any.</summary>
    public static IServiceCollection AddConfiguredCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<SearchOptions>>(static (cors, search) =>
        {
            if (search.Value.AllowedOrigins.Count > 0)
            {
                cors.AddDefaultPolicy(policy => policy
                    .WithOrigins([.. search.Value.AllowedOrigins])
                    .WithMethods(HttpMethods.Get, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Post)
                    .WithHeaders("Content-Type", ApiKeyFilter.HeaderName));
            }
        });
        return services;
    }

    /// <summary>Adds the CORS middleware; without a configured policy it adds no header to any response.</summary>
    public static IApplicationBuilder UseConfiguredCors(this IApplicationBuilder app) => app.UseCors();
}
