using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;

namespace SearchEngine.Engines.LuceneNet.Indexing;

/// <summary>
/// Write locks that exclude every other writer, in this process and in others: the lock file is held open with
/// <see cref="FileShare.None"/> (an exclusive <c>flock</c> on Unix), which the operating system releases when its
/// holder exits, however it exits.
/// </summary>
/// <remarks>
/// Lucene.Net 4.8.0-beta00017's NativeFSLockFactory does not exclude another process on Linux: it opens the lock
/// file with <see cref="FileShare.Read"/>, which .NET maps to a shared <c>flock</c>, so two processes both "obtain"
/// the lock (it only excludes writers of the same process, through a static table).
/// </remarks>
internal sealed class ExclusiveFileLockFactory : FSLockFactory
{
    /// <inheritdoc/>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ExclusiveFileLock, byte> made = new();

    public override Lock MakeLock(string lockName)
    {
        ArgumentException.ThrowIfNullOrEmpty(lockName);
        return new ExclusiveFileLock(PathOf(lockName), made);
    }

    /// <summary>
    /// Throws <see cref="IOException"/> naming the lock file when a lock this factory made and this process holds is
    /// no longer the lock file at its path (deleted, or replaced by another writer's): a writer calls it before it
    /// commits, so two writers never both publish commits. A lost lock is forgotten once reported.
    /// </summary>
    public void EnsureHeldLocksValid()
    {
        foreach (ExclusiveFileLock held in made.Keys)
        {
            try
            {
                held.EnsureValid();
            }
            catch (IOException)
            {
                made.TryRemove(held, out _);
                throw;
            }
        }
    }

    /// <summary>Deletes the lock file when no one holds it (a held lock is left alone).</summary>
    public override void ClearLock(string lockName)
    {
        ArgumentException.ThrowIfNullOrEmpty(lockName);
        using var probe = new ExclusiveFileLock(PathOf(lockName));
        if (probe.Obtain())
        {
            probe.Dispose();
            File.Delete(PathOf(lockName));
        }
    }

    private string PathOf(string lockName)
    {
        DirectoryInfo folder = LockDir ?? throw new InvalidOperationException("The lock factory has no folder; it is given one by its FSDirectory.");
        return Path.Combine(folder.FullName, string.IsNullOrEmpty(m_lockPrefix) ? lockName : m_lockPrefix + "-" + lockName);
    }
}
