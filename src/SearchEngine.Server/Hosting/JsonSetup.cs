using SearchEngine.News;

namespace SearchEngine.Server.Hosting;

/// <summary>The JSON the API writes.</summary>
internal static class JsonSetup
{
    /// <summary>Writes the product's one JSON style (<see cref="NewsJson"/>): Danish and Dutch letters as they are (æ, ø, å, ë) instead of \u escapes; HTML-significant characters stay escaped.</summary>
    public static IServiceCollection AddApiJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(static json => json.SerializerOptions.Encoder = NewsJson.Encoder);
        return services;
    }
}
