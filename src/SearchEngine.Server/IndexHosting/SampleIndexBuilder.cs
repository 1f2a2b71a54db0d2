using Microsoft.Extensions.Options;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.Server.Configuration;

namespace SearchEngine.Server.IndexHosting;

/// <summary>
/// The first start: when the index folder holds no commit yet, builds the index from the sample articles
/// (<c>index/articles</c> by default) as <c>searchctl rebuild</c> would, so a fresh clone serves something at once.
/// </summary>
internal sealed partial class SampleIndexBuilder(IOptions<SearchOptions> options, ILogger<SampleIndexBuilder> logger)
{
    /// <summary>Builds the index unless the folder already holds one; returns whether it built one.</summary>
    public bool EnsureIndex(CancellationToken cancellationToken)
    {
        string indexPath = Path.GetFullPath(options.Value.IndexPath);
        if (NewsIndex.Exists(indexPath))
        {
            return false;
        }

        string configured = options.Value.SampleArticlesPath;
        string? sample = string.IsNullOrWhiteSpace(configured) ? null : Path.GetFullPath(configured);
        if (sample is null || !(Directory.Exists(sample) || File.Exists(sample)))
        {
            // An empty commit still lets the server start, and searchctl add or PUT fill it later.
            LogEmptyIndex(logger, indexPath, sample ?? "(none configured)");
            using NewsIndex empty = NewsIndex.Open(indexPath, new NewsIndexOptions { Engine = options.Value.Engine });
            empty.Commit();
            return true;
        }

        LogBuilding(logger, indexPath, sample);

        // Create mode, as searchctl rebuild: files a killed first start left behind are replaced, not appended to.
        using NewsIndex index = NewsIndex.Open(indexPath, new NewsIndexOptions { Engine = options.Value.Engine, Create = true });
        var bulk = new BulkIndexOptions { OnSkipped = error => LogSkipped(logger, error.ToString()) };
        BulkIndexResult result = BulkIndexer.Run(index, ArticleReader.Read(sample), bulk, cancellationToken);
        LogBuilt(logger, result.Added, result.Skipped, result.Elapsed.TotalSeconds, result.Commit.Generation);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No index in {IndexPath}: building it from the sample articles in {SamplePath}")]
    private static partial void LogBuilding(ILogger logger, string indexPath, string samplePath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the index: {Added} articles, {Skipped} skipped, {Seconds:0.00} s, commit generation {Generation}")]
    private static partial void LogBuilt(ILogger logger, long added, long skipped, double seconds, long generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a sample article: {Error}")]
    private static partial void LogSkipped(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No index in {IndexPath} and no sample articles at {SamplePath}: starting with an empty index")]
    private static partial void LogEmptyIndex(ILogger logger, string indexPath, string samplePath);
}
