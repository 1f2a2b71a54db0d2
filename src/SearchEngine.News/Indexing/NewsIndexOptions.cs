using SearchEngine.News.Engines;
using SearchEngine.News.Search;

namespace SearchEngine.News.Indexing;

/// <summary>How <see cref="NewsIndex.Open"/> opens an index folder.</summary>
public sealed record NewsIndexOptions
{
    /// <summary>
    /// Gets the engine (<see cref="NewsEngines.Names"/>) of a new index, or null for the folder's own engine when it
    /// has one and <see cref="NewsEngines.Default"/> otherwise. Naming an engine other than the folder's is an
    /// error: an index is always opened by the engine that wrote it.
    /// </summary>
    public string? Engine { get; init; }

    /// <summary>Gets a value indicating whether the first commit replaces every article of the folder (a rebuild) instead of adding to them.</summary>
    public bool Create { get; init; }

    /// <summary>Gets the memory for buffered articles before a segment is written, in megabytes (default 256).</summary>
    public double RamBufferMB { get; init; } = 256;

    /// <summary>
    /// Gets how long the first change waits for the folder's write lock while another writer (a server's batch, a
    /// running <c>add</c>) holds it (default zero: <see cref="IndexLockedException"/> at once). The lock is then
    /// held until the index is disposed.
    /// </summary>
    public TimeSpan LockWait { get; init; }

    /// <summary>Gets the bounds searches are held to.</summary>
    public NewsSearchLimits Limits { get; init; } = new();
}
