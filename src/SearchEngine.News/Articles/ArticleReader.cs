namespace SearchEngine.News.Articles;

/// <summary>
/// Reads articles from plain-text files (*.txt), JSON Lines files (*.jsonl) and directories of them, as a lazy
/// stream in which every record is either an article or the error that made it unreadable.
/// </summary>
/// <remarks>
/// One bad record never stops the rest: it becomes an <see cref="ArticleError"/> and reading goes on, unless
/// <see cref="ArticleReaderOptions.Strict"/> makes it throw. Repeated ids are passed through; an index upserts
/// by id, so the last one wins there.
/// </remarks>
public static class ArticleReader
{
    /// <summary>Reads one file or every article file below one directory.</summary>
    /// <param name="path">A *.txt or *.jsonl file, or a directory.</param>
    /// <param name="options">Strictness and record limit; null for <see cref="ArticleReaderOptions.Default"/>.</param>
    /// <returns>The records in file order, files in ordinal path order; read as enumerated, each time it is enumerated.</returns>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a directory (thrown at once).</exception>
    /// <exception cref="ArgumentException">The path is a file that is neither *.txt nor *.jsonl (thrown at once).</exception>
    /// <exception cref="ArticleFormatException">In strict mode, while enumerating, for the first malformed record.</exception>
    public static IEnumerable<ArticleReadResult> Read(string path, ArticleReaderOptions? options = null) => Read([path], options);

    /// <summary>Reads several files or directories, one after another in the order given.</summary>
    /// <param name="paths">Each a *.txt or *.jsonl file, or a directory.</param>
    /// <param name="options">Strictness and record limit; null for <see cref="ArticleReaderOptions.Default"/>.</param>
    /// <returns>The records of every path in turn; read as enumerated, each time it is enumerated.</returns>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a directory (thrown at once).</exception>
    /// <exception cref="ArgumentException">A path is a file that is neither *.txt nor *.jsonl (thrown at once).</exception>
    /// <exception cref="ArticleFormatException">In strict mode, while enumerating, for the first malformed record.</exception>
    public static IEnumerable<ArticleReadResult> Read(IEnumerable<string> paths, ArticleReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string[] checkedPaths = [.. paths];

        // A wrong path is the caller's mistake, not a bad record: say so now rather than at the first MoveNext.
        foreach (string path in checkedPaths)
        {
            ArgumentException.ThrowIfNullOrEmpty(path, nameof(paths));
            if (File.Exists(path))
            {
                if (!IsArticleFile(path))
                {
                    throw new ArgumentException($"{path} is neither a .txt nor a .jsonl file.", nameof(paths));
                }
            }
            else if (!Directory.Exists(path))
            {
                throw new FileNotFoundException($"{path} does not exist.", path);
            }
        }

        return ReadChecked(checkedPaths, options ?? ArticleReaderOptions.Default);
    }

    /// <summary>Reads JSON Lines articles from a stream, such as standard input, which stays open.</summary>
    /// <param name="input">The stream of JSON Lines, read to its end as the records are enumerated.</param>
    /// <param name="name">What errors call the stream (<c>stdin</c>), where a file's errors name the file.</param>
    /// <param name="options">Strictness and record limit; null for <see cref="ArticleReaderOptions.Default"/>.</param>
    /// <returns>The records in stream order; a stream can be read once, so enumerate it once.</returns>
    /// <exception cref="ArticleFormatException">In strict mode, while enumerating, for the first malformed record.</exception>
    public static IEnumerable<ArticleReadResult> Read(Stream input, string name, ArticleReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Checked(JsonLinesArticleParser.Read(input, name, options ?? ArticleReaderOptions.Default), options ?? ArticleReaderOptions.Default);
    }

    /// <summary>Lists the files <see cref="Read(string, ArticleReaderOptions?)"/> reads for a path, in the order it reads them.</summary>
    /// <param name="path">A file, or a directory whose *.txt and *.jsonl files are listed, at any depth.</param>
    /// <returns>The file itself, or the directory's article files sorted by ordinal path.</returns>
    public static IReadOnlyList<string> ListFiles(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!Directory.Exists(path))
        {
            return [path];
        }

        // Hidden files count too ("every *.txt and *.jsonl below it"); ordinal order keeps runs reproducible
        // whatever order the file system lists in.
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        string[] files = [.. Directory.EnumerateFiles(path, "*", enumeration).Where(IsArticleFile)];
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    private static IEnumerable<ArticleReadResult> ReadChecked(string[] paths, ArticleReaderOptions options)
    {
        foreach (string path in paths)
        {
            foreach (string file in ListFiles(path))
            {
                IEnumerable<ArticleReadResult> records = IsPlainText(file)
                    ? [PlainTextArticleParser.Read(file, options)]
                    : JsonLinesArticleParser.Read(file, options);
                foreach (ArticleReadResult record in Checked(records, options))
                {
                    yield return record;
                }
            }
        }
    }

    /// <summary>Passes the records through, throwing at the first malformed one in strict mode.</summary>
    private static IEnumerable<ArticleReadResult> Checked(IEnumerable<ArticleReadResult> records, ArticleReaderOptions options)
    {
        foreach (ArticleReadResult record in records)
        {
            if (options.Strict && !record.IsArticle)
            {
                throw new ArticleFormatException(record.Error);
            }

            yield return record;
        }
    }

    private static bool IsArticleFile(string path) =>
        IsPlainText(path) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static bool IsPlainText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
}
