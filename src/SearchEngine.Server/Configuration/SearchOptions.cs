using SearchEngine.News.Search;

namespace SearchEngine.Server.Configuration;

/// <summary>
/// The server's settings, under <c>Search:</c> in appsettings.json, on the command line
/// (<c>--Search:IndexPath=DIR</c>) or in the environment (<c>Search__IndexPath</c>); the defaults here serve the
/// bundled sample on a fresh clone. URLs are ASP.NET Core's own (<c>--urls</c>, <c>ASPNETCORE_URLS</c>).
/// </summary>
internal sealed record SearchOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string Section = "Search";

    /// <summary>Gets or sets the index folder; a relative path is taken from the current directory, as <c>searchctl --index</c> takes it.</summary>
    public string IndexPath { get; set; } = "index/";

    /// <summary>
    /// Gets or sets the engine a new index is built with: <c>lucenenet</c> (Apache Lucene.Net) or <c>native</c> (the
    /// project's own, faster engine); an existing index is always opened with the engine that wrote it. Null takes
    /// the facade's default.
    /// </summary>
    public string? Engine { get; set; }

    /// <summary>Gets or sets the articles the index is built from when the index folder holds no index yet (empty: start with an empty index).</summary>
    public string SampleArticlesPath { get; set; } = "index/articles";

    /// <summary>Gets or sets the key that <c>PUT</c> and <c>DELETE</c> must send in <c>X-Api-Key</c>; none (the default) disables writes.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets the largest page size a search may ask for.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Gets or sets the deepest result a search may page to (page times size).</summary>
    public int MaxResultWindow { get; set; } = 10_000;

    /// <summary>Gets or sets the longest query (and facet prefix) accepted, in characters.</summary>
    public int MaxQueryLength { get; set; } = 1_000;

    /// <summary>Gets or sets the most values one filter (<c>person</c>, <c>organization</c>) may list.</summary>
    public int MaxFilterValues { get; set; } = 50;

    /// <summary>Gets or sets the number of person and organization values a search returns per facet.</summary>
    public int FacetValues { get; set; } = 10;

    /// <summary>Gets or sets the largest request body accepted (an article to <c>PUT</c>), in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;

    /// <summary>Gets or sets the API requests one client address may make per <see cref="RateLimitWindow"/> (0: no limit).</summary>
    public int RateLimitPermits { get; set; } = 100;

    /// <summary>Gets or sets the window of the per-client rate limit.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how often the index folder is checked for a commit made by another process (<c>searchctl</c>).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Returns the limits every search of the server is held to (<see cref="NewsSearchRequestValidator"/>).</summary>
    public NewsSearchLimits ToLimits() => new()
    {
        MaxPageSize = MaxPageSize,
        MaxResultWindow = MaxResultWindow,
        MaxQueryLength = MaxQueryLength,
        MaxFilterValues = MaxFilterValues,
    };

    /// <summary>Gets or sets the origins browsers may call the API from (CORS); none by default, so only the server's own pages may.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; set; } = [];
}
