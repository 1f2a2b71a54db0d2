using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;

namespace FolderIndexer;

/// <summary>
/// Looks at the folder every <see cref="WatchedFolder.Interval"/> and adds the articles of each file that is new or
/// was written since it was last indexed, replacing articles by id, then commits: a file's articles are searchable
/// once its commit is logged. A malformed record is logged and skipped; the rest of its file is indexed.
/// </summary>
public sealed partial class FolderWatcher(NewsIndex index, WatchedFolder folder, ILogger<FolderWatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, DateTime> indexed = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(folder.Path);
        using var timer = new PeriodicTimer(folder.Interval);
        do
        {
            IndexChangedFiles();
        }
        while (await Tick(timer, stoppingToken));
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void IndexChangedFiles()
    {
        foreach (string file in ArticleReader.ListFiles(folder.Path))
        {
            DateTime written = File.GetLastWriteTimeUtc(file);
            if (indexed.TryGetValue(file, out DateTime seen) && seen == written)
            {
                continue;
            }

            int added = 0;
            foreach (ArticleReadResult record in ArticleReader.Read(file))
            {
                if (record.IsArticle)
                {
                    index.Add(record.Article!);
                    added++;
                }
                else
                {
                    LogSkipped(logger, record.Error!.ToString());
                }
            }

            NewsCommit commit = index.Commit();
            indexed[file] = written;
            LogIndexed(logger, added, Path.GetFileName(file), commit.Generation, commit.LiveDocs);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Added} articles from {File}: commit generation {Generation}, {Documents} articles in the index")]
    private static partial void LogIndexed(ILogger logger, int added, string file, long generation, long documents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Error}")]
    private static partial void LogSkipped(ILogger logger, string error);
}
