namespace SearchEngine.News.Articles;

/// <summary>How <see cref="ArticleReader"/> treats malformed and oversized records.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>The default <see cref="MaxRecordBytes"/>: 4 MiB, far above any news article.</summary>
    public const int DefaultMaxRecordBytes = 4 * 1024 * 1024;

    /// <summary>Gets lenient options with the default record limit.</summary>
    public static ArticleReaderOptions Default { get; } = new();

    /// <summary>
    /// Gets whether the first malformed record throws an <see cref="ArticleFormatException"/> instead of being
    /// reported as an <see cref="ArticleError"/> and skipped.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Gets the largest record read, in UTF-8 bytes (a JSON line without its line break, or a whole plain-text
    /// file); a larger one is an error, read past without being held in memory.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not positive.</exception>
    public int MaxRecordBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            field = value;
        }
    } = DefaultMaxRecordBytes;

    /// <summary>
    /// Gets a callback that receives, on the reading thread, the number of bytes read from article files or the
    /// input stream since its last call: progress by bytes, which moves within one large JSON Lines file where a
    /// count of files or articles cannot say how far along a run is.
    /// </summary>
    public Action<long>? OnBytesRead { get; init; }
}
