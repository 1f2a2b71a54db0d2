using SearchEngine.News.Articles;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// The sources of <c>add</c> and <c>rebuild</c> in the order given: article files and folders, and <c>-</c> for JSON
/// Lines on standard input (once at most: a stream can be read once).
/// </summary>
internal sealed class ArticleSources
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    private readonly string[] paths;
    private readonly Stream? standardInput;

    /// <exception cref="ArgumentException"><c>-</c> is given twice, or given where there is no standard input.</exception>
    public ArticleSources(string[] paths, Stream? standardInput)
    {
        int dashes = paths.Count(p => p == StandardInput);
        if (dashes > 1)
        {
            throw new ArgumentException("- (standard input) can be given only once: it can be read only once.", nameof(paths));
        }

        if (dashes == 1 && standardInput is null)
        {
            throw new ArgumentException("- asks for articles on standard input, but there is none here.", nameof(paths));
        }

        this.paths = paths;
        this.standardInput = standardInput;
    }

    /// <summary>
    /// Returns the records of every source in turn, read as enumerated; every file path is checked now (a path that
    /// does not exist or is no article file throws here, before anything is indexed).
    /// </summary>
    public IEnumerable<ArticleReadResult> Read(ArticleReaderOptions options)
    {
        var parts = new List<IEnumerable<ArticleReadResult>>(paths.Length);
        foreach (string path in paths)
        {
            parts.Add(path == StandardInput ? ArticleReader.Read(standardInput!, "stdin", options) : ArticleReader.Read(path, options));
        }

        return parts.SelectMany(part => part);
    }

    /// <summary>Returns the bytes the sources hold, or null when standard input is among them and its length is unknown (a pipe).</summary>
    public long? TotalBytes()
    {
        long total = 0;
        foreach (string path in paths)
        {
            if (path == StandardInput)
            {
                if (!standardInput!.CanSeek)
                {
                    return null;
                }

                total += standardInput.Length - standardInput.Position;
                continue;
            }

            foreach (string file in ArticleReader.ListFiles(path))
            {
                total += new FileInfo(file).Length;
            }
        }

        return total;
    }
}
