using Microsoft.Extensions.Options;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.IndexHosting;

/// <summary>
/// The first start: when the index folder holds no commit yet, builds the index from the sample articles
/// (<c>index/articles</c> by default) as <c>searchctl rebuild</c> would, so a fresh clone serves something at once.
/// With neither an index nor sample articles the server does not start (<see cref="NothingToServe"/>).
/// </summary>
internal sealed partial class SampleIndexBuilder(IOptions<SearchOptions> options, ILogger<SampleIndexBuilder> logger)
{
    /// <summary>Builds the index unless the folder already holds one; returns whether it built one.</summary>
    /// <exception cref="InvalidOperationException">The folder holds no index and there are no sample articles to build one from.</exception>
    public bool EnsureIndex(CancellationToken cancellationToken)
    {
        string indexPath = Path.GetFullPath(options.Value.IndexPath);
        if (NewsIndex.Exists(indexPath))
        {
            return false;
        }

        // Checked at start (SearchOptionsValidator); checked again here in case the sample went away meanwhile.
        if (NothingToServe(options.Value) is string problem)
        {
            throw new InvalidOperationException(problem);
        }

        string sample = Path.GetFullPath(options.Value.SampleArticlesPath);
        LogBuilding(logger, indexPath, sample);

        // Create mode, as searchctl rebuild: files a killed first start left behind are replaced, not appended to.
        using NewsIndex index = NewsIndex.Open(indexPath, new NewsIndexOptions { Engine = options.Value.Engine, Create = true });
        var bulk = new BulkIndexOptions { OnSkipped = error => LogSkipped(logger, error.ToString()) };
        BulkIndexResult result = BulkIndexer.Run(index, ArticleReader.Read(sample), bulk, cancellationToken);
        LogBuilt(logger, result.Added, result.Skipped, result.Elapsed.TotalSeconds, result.Commit.Generation);
        return true;
    }

    /// <summary>
    /// Returns why the server would have nothing to serve, naming the folders, or null when it has something: the
    /// index folder holds an index, or the sample articles exist to build one. A mistyped <c>Search:IndexPath</c> is
    /// then a failed start, never an empty index served as healthy.
    /// </summary>
    public static string? NothingToServe(SearchOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string? sample = string.IsNullOrWhiteSpace(settings.SampleArticlesPath) ? null : Path.GetFullPath(settings.SampleArticlesPath);
        if (sample is not null && (Directory.Exists(sample) || File.Exists(sample)))
        {
            return null;
        }

        string indexPath = Path.GetFullPath(settings.IndexPath);
        if (NewsIndex.Exists(indexPath))
        {
            return null;
        }

        string samples = sample is null ? "Search:SampleArticlesPath names none" : $"Search:SampleArticlesPath '{sample}' does not exist";
        return $"Search:IndexPath '{indexPath}' holds no index, and there are no sample articles to build one from ({samples}). "
            + "Check the path, or build an index there first (searchctl rebuild --index DIR --source ARTICLES).";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No index in {IndexPath}: building it from the sample articles in {SamplePath}")]
    private static partial void LogBuilding(ILogger logger, string indexPath, string samplePath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the index: {Added} articles, {Skipped} skipped, {Seconds:0.00} s, commit generation {Generation}")]
    private static partial void LogBuilt(ILogger logger, long added, long skipped, double seconds, long generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a sample article: {Error}")]
    private static partial void LogSkipped(ILogger logger, string error);
}
