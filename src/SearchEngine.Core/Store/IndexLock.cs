namespace SearchEngine.Core.Store;

/// <summary>
/// An exclusive lock on an index (one writer at a time), released by <see cref="Dispose()"/>; the holder asks
/// <see cref="EnsureValid"/> before it publishes a commit, since a lock file can be deleted or replaced under it.
/// </summary>
internal abstract class IndexLock : IDisposable
{
    /// <summary>
    /// Throws <see cref="LockLostException"/> naming the lock when it is no longer this holder's (its file was
    /// deleted, or replaced by another writer's); returns when the lock is still held.
    /// </summary>
    public abstract void EnsureValid();

    /// <summary>Releases the lock.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the lock.</summary>
    protected abstract void Dispose(bool disposing);
}
