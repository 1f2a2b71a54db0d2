using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SearchEngine.Server.Hosting;

/// <summary>The JSON the API writes.</summary>
internal static class JsonSetup
{
    /// <summary>Writes Danish and Dutch letters as they are (æ, ø, å, ë) instead of \u escapes; HTML-significant characters stay escaped.</summary>
    public static IServiceCollection AddApiJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(static json => json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        return services;
    }
}
