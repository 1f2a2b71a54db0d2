using SearchEngine.News.Search;

namespace SearchEngine.Server.IndexHosting;

/// <summary>
/// One commit of the index opened for searching, shared by every request that started while it was the newest;
/// its reader closes when the snapshot has been replaced and the last of those requests has finished.
/// </summary>
internal sealed class IndexSnapshot
{
    // One reference belongs to IndexSnapshots while this is the current snapshot; each lease adds one.
    private int references = 1;

    /// <summary>Initializes a snapshot over <paramref name="searcher"/>'s reader, which it now owns.</summary>
    public IndexSnapshot(NewsSearcher searcher)
    {
        Searcher = searcher;
        OpenedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>Gets the searcher over the snapshot's commit.</summary>
    public NewsSearcher Searcher { get; }

    /// <summary>Gets the commit generation the snapshot shows.</summary>
    public long Generation => Searcher.Reader.Generation;

    /// <summary>Gets the number of live articles in the snapshot.</summary>
    public int Documents => Searcher.Reader.NumDocs;

    /// <summary>Gets the number of segments in the snapshot.</summary>
    public int Segments => Searcher.Reader.Segments.Count;

    /// <summary>Gets the time the snapshot was opened.</summary>
    public DateTimeOffset OpenedAt { get; }

    /// <summary>Adds a reference unless the snapshot is already closed (it was replaced and every user has left).</summary>
    public bool TryAddReference()
    {
        while (true)
        {
            int seen = Volatile.Read(ref references);
            if (seen == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref references, seen + 1, seen) == seen)
            {
                return true;
            }
        }
    }

    /// <summary>Drops a reference, closing the reader with the last one.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref references) == 0)
        {
            Searcher.Reader.Dispose();
        }
    }
}
