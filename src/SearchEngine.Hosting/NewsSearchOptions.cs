using SearchEngine.News.Engines;
using SearchEngine.News.Search;

namespace SearchEngine.Hosting;

/// <summary>
/// How <see cref="NewsSearchServiceCollectionExtensions.AddNewsSearch"/> serves an index; checked when the host
/// starts, so a bad setting stops the start with a message naming it instead of failing the first search.
/// </summary>
public sealed class NewsSearchOptions
{
    /// <summary>Gets or sets the index folder (default <c>index/</c>, relative to the current directory).</summary>
    public string IndexPath { get; set; } = "index/";

    /// <summary>
    /// Gets or sets the engine of a new index (<see cref="NewsEngines.Names"/>), or null for
    /// <see cref="NewsEngines.Default"/>; an existing index is always opened by the engine that wrote it.
    /// </summary>
    public string? Engine { get; set; }

    /// <summary>
    /// Gets or sets how often the folder is checked for a newer commit (another process's <c>add</c> or
    /// <c>rebuild</c>); searches move to it without a restart. Default 1 second.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the bounds searches are held to.</summary>
    public NewsSearchLimits Limits { get; set; } = new();
}
