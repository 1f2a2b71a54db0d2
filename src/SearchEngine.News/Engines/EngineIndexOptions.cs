namespace SearchEngine.News.Engines;

/// <summary>How an engine opens an index folder for writing.</summary>
internal sealed record EngineIndexOptions
{
    /// <summary>Gets a value indicating whether the first commit replaces every document of the folder (a rebuild) instead of adding to them.</summary>
    public bool Create { get; init; }

    /// <summary>Gets the memory for buffered documents before a segment is written, in megabytes.</summary>
    public double RamBufferMB { get; init; } = 256;

    /// <summary>
    /// Gets how long the first change waits for the folder's write lock while another writer holds it, trying again
    /// every few tens of milliseconds (default zero: fail at once with <see cref="IndexLockedException"/>).
    /// </summary>
    public TimeSpan LockWait { get; init; }
}
