namespace SearchEngine.Server.Cluster;

/// <summary>
/// The cluster settings, <c>Search:Cluster:*</c>: with <see cref="Urls"/> unset (the default) the server runs alone and
/// no NATS code runs; with it, writes go through a JetStream stream to one indexer, whose commits search nodes copy.
/// </summary>
internal sealed record ClusterOptions
{
    /// <summary>The configuration section of the cluster settings.</summary>
    public const string Section = Configuration.SearchOptions.Section + ":Cluster";

    /// <summary>The configuration key of <see cref="Urls"/>, which decides whether the server runs in a cluster.</summary>
    public const string UrlsKey = Section + ":" + nameof(Urls);

    /// <summary>The role that consumes the stream and writes the index.</summary>
    public const string IndexerRole = "indexer";

    /// <summary>The role that copies the indexer's commits and serves them.</summary>
    public const string SearchRole = "search";

    /// <summary>The role that indexes and serves its own folder.</summary>
    public const string BothRole = "both";

    /// <summary>Gets or sets the NATS servers, comma-separated (<c>nats://10.0.0.1:4222,nats://10.0.0.2:4222</c>); unset: no cluster.</summary>
    public string? Urls { get; set; }

    /// <summary>Gets or sets the node's role: <c>search</c> (the default), <c>indexer</c> or <c>both</c>.</summary>
    public string Role { get; set; } = SearchRole;

    /// <summary>Gets or sets the node's name, in the lease and in NATS's connection list; the machine name by default.</summary>
    public string NodeName { get; set; } = Environment.MachineName;

    /// <summary>Gets or sets the JetStream stream the article changes are published to.</summary>
    public string Stream { get; set; } = "NEWS_ARTICLES";

    /// <summary>Gets or sets the subject of the article changes (the stream's only subject).</summary>
    public string Subject { get; set; } = "news.articles";

    /// <summary>Gets or sets the stream's replica count (and the buckets'); at most the NATS cluster's size.</summary>
    public int Replicas { get; set; } = 3;

    /// <summary>Gets or sets the durable consumer the indexer reads the stream with.</summary>
    public string Consumer { get; set; } = "news-indexer";

    /// <summary>Gets or sets the key-value bucket of the commit manifests.</summary>
    public string ManifestBucket { get; set; } = "news-manifest";

    /// <summary>Gets or sets the key of the latest commit's manifest in <see cref="ManifestBucket"/>.</summary>
    public string ManifestKey { get; set; } = "latest";

    /// <summary>Gets or sets the key-value bucket of the indexer lease.</summary>
    public string LeaseBucket { get; set; } = "news-indexer-lease";

    /// <summary>Gets or sets how long a lease lives unrenewed (the lease bucket's max age); renewed every third of it.</summary>
    public TimeSpan LeaseTtl { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the object store of the commits' files.</summary>
    public string ObjectStore { get; set; } = "news-files";

    /// <summary>Gets or sets the most changes the indexer applies in one commit.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Gets or sets how long the indexer waits to fill a batch before it commits what it has.</summary>
    public TimeSpan BatchWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how long a publish waits for JetStream's acknowledgement before the write is a 503.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Gets or sets how long an object of the object store that the latest manifest does not use is kept before the
    /// indexer deletes it: a search node still installing an older manifest may need it (one that finds it gone installs
    /// the latest instead), and an indexer that lost its lease without knowing it yet must not delete what the new one
    /// just uploaded.
    /// </summary>
    public TimeSpan UnusedFileRetention { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets how long the start waits for NATS (topology, a cold node's first install) before going on unready.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets whether the settings put the server in a cluster.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Urls);

    /// <summary>Gets whether the node runs the indexer.</summary>
    public bool Indexes => Role is IndexerRole or BothRole;

    /// <summary>Gets whether the node copies the indexer's commits into its folder (role <c>search</c>; <c>both</c> serves the folder it writes).</summary>
    public bool Replicates => Role is SearchRole;

    /// <summary>Returns the NATS URLs, one per server.</summary>
    public IReadOnlyList<string> ServerUrls() =>
        (Urls ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Reads, while the server is assembled, whether <see cref="UrlsKey"/> is set: it decides which services exist.</summary>
    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[UrlsKey]);
    }
}
