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

    /// <summary>The facade's limits, whose defaults the settings that map onto them take (one source for both doors).</summary>
    private static readonly NewsSearchLimits Defaults = new();

    /// <summary>Gets or sets the index folder; a relative path is taken from the current directory, as <c>searchctl --index</c> takes it.</summary>
    public string IndexPath { get; set; } = "index/";

    /// <summary>
    /// Gets or sets the engine a new index is built with: <c>lucenenet</c> (Apache Lucene.Net) or <c>native</c> (the
    /// project's own, faster engine); an existing index is always opened with the engine that wrote it. Null takes
    /// the facade's default.
    /// </summary>
    public string? Engine { get; set; }

    /// <summary>Gets or sets the articles the index is built from when the index folder holds no index yet; with neither, the server does not start.</summary>
    public string SampleArticlesPath { get; set; } = "index/articles";

    /// <summary>Gets or sets the key that <c>PUT</c>, <c>DELETE</c> and the bulk <c>POST</c> must send in <c>X-Api-Key</c>; none (the default) disables writes.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets the largest page size a search may ask for.</summary>
    public int MaxPageSize { get; set; } = Defaults.MaxPageSize;

    /// <summary>Gets or sets the deepest result a search may page to (page times size).</summary>
    public int MaxResultWindow { get; set; } = Defaults.MaxResultWindow;

    /// <summary>Gets or sets the longest query (and facet prefix) accepted, in characters.</summary>
    public int MaxQueryLength { get; set; } = Defaults.MaxQueryLength;

    /// <summary>Gets or sets the most values one filter (<c>person</c>, <c>organization</c>) may list.</summary>
    public int MaxFilterValues { get; set; } = Defaults.MaxFilterValues;

    /// <summary>Gets or sets the number of person and organization values a search returns per facet.</summary>
    public int FacetValues { get; set; } = 10;

    /// <summary>Gets or sets the largest request body accepted (an article to <c>PUT</c>), in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;

    /// <summary>
    /// Gets or sets the largest body of <c>POST /api/articles/_bulk</c>, in bytes: every article of one bulk request is
    /// held in memory until its commit, so this bounds what one request may cost. Each line is held to
    /// <see cref="MaxRequestBodyBytes"/>, as a <c>PUT</c> is.
    /// </summary>
    public long MaxBulkBodyBytes { get; set; } = 16_777_216;

    /// <summary>Gets or sets the API requests one client address may make per <see cref="RateLimitWindow"/> (0: no limit).</summary>
    public int RateLimitPermits { get; set; } = 100;

    /// <summary>Gets or sets the window of the per-client rate limit.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets or sets the most index terms one prefix (<c>a*</c>) or range in a query may expand to; a broader one is a
    /// 400 naming this key.
    /// </summary>
    public int MaxTermExpansions { get; set; } = Defaults.MaxTermExpansions;

    /// <summary>Gets or sets the milliseconds one search may take before it is stopped and answered 503 (0: no budget).</summary>
    public int SearchBudgetMs { get; set; } = (int)Defaults.SearchBudget.TotalMilliseconds;

    /// <summary>
    /// Gets or sets the searches (<c>/api/search</c>, <c>/api/facets</c>) the server runs at once, over all clients;
    /// one more waits in the queue of <see cref="SearchQueueLength"/>, and beyond it is answered 503.
    /// </summary>
    public int MaxConcurrentSearches { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>Gets or sets the searches that may wait for one of the <see cref="MaxConcurrentSearches"/> (0: none waits).</summary>
    public int SearchQueueLength { get; set; } = 16;

    /// <summary>
    /// Gets or sets the reverse proxies (IP addresses or CIDR networks) whose <c>X-Forwarded-For</c> names the client;
    /// none by default, so the header is ignored from everyone.
    /// </summary>
    public IReadOnlyList<string> TrustedProxies { get; set; } = [];

    /// <summary>Gets or sets how often the index folder is checked for a commit made by another process (<c>searchctl</c>).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Returns the limits every search of the server is held to (<see cref="NewsSearchRequestValidator"/>).</summary>
    public NewsSearchLimits ToLimits() => new()
    {
        MaxPageSize = MaxPageSize,
        MaxResultWindow = MaxResultWindow,
        MaxQueryLength = MaxQueryLength,
        MaxFilterValues = MaxFilterValues,
        MaxTermExpansions = MaxTermExpansions,
        SearchBudget = SearchBudget,
    };

    /// <summary>Gets the time one search may take: <see cref="SearchBudgetMs"/>, or <see cref="Timeout.InfiniteTimeSpan"/> for 0.</summary>
    public TimeSpan SearchBudget => SearchBudgetMs == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(SearchBudgetMs);

    /// <summary>Gets or sets the origins browsers may call the API from (CORS); none by default, so only the server's own pages may.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; set; } = [];

    /// <summary>Gets or sets the metrics settings, under <c>Search:Metrics</c>.</summary>
    public SearchMetricsOptions Metrics { get; set; } = new();

    /// <summary>Gets or sets the cluster settings, under <c>Search:Cluster</c>; none by default: the server runs alone.</summary>
    public Cluster.ClusterOptions Cluster { get; set; } = new();
}
