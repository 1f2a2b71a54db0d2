using Microsoft.Extensions.Options;

namespace SearchEngine.Server.Configuration;

/// <summary>Registers <see cref="SearchOptions"/>: bound from the <c>Search</c> section and validated when the server starts.</summary>
internal static class SearchOptionsSetup
{
    /// <summary>Binds the options and checks them with <see cref="SearchOptionsValidator"/> before anything else starts.</summary>
    public static WebApplicationBuilder AddSearchOptions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SearchOptions>, SearchOptionsValidator>();
        return builder;
    }
}
