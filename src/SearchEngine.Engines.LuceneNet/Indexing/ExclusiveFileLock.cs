using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;

namespace SearchEngine.Engines.LuceneNet.Indexing;

/// <summary>
/// One write lock: the lock file held open for exclusive access until disposal. While held it is listed in
/// <paramref name="held"/>, its factory's set, so a writer can check it is still the file at its path.
/// </summary>
internal sealed class ExclusiveFileLock(string path, System.Collections.Concurrent.ConcurrentDictionary<ExclusiveFileLock, byte>? held = null) : Lock
{
    private readonly System.Threading.Lock gate = new();
    private FileStream? stream;

    /// <inheritdoc/>
    public override bool Obtain()
    {
        lock (gate)
        {
            if (stream is not null)
            {
                return false;
            }

            try
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e)
            {
                // Whoever holds it wrote who they are beside the lock, so the refusal can name them.
                string holder = File.Exists(HolderPath) ? File.ReadAllText(HolderPath).Trim() : "an unknown process";
                FailureReason = new IOException($"the lock is held by {holder}", e);
                return false;
            }
            catch (UnauthorizedAccessException e)
            {
                FailureReason = e;
                return false;
            }

            held?.TryAdd(this, 0);
            File.WriteAllText(HolderPath, string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"pid {Environment.ProcessId} on {Environment.MachineName} since {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z"));
            return true;
        }
    }

    /// <summary>
    /// Throws <see cref="IOException"/> naming the lock file when this held lock is no longer the file at its path:
    /// the exclusive lock belongs to the open file, so a lock file deleted, or renamed over, lets another writer
    /// lock a new file at the same path. On Linux the open descriptor's link in <c>/proc/self/fd</c> says so (it
    /// ends in " (deleted)" or names another path); elsewhere an open lock file cannot be deleted or replaced.
    /// </summary>
    public void EnsureValid()
    {
        lock (gate)
        {
            if (stream is null || !OperatingSystem.IsLinux())
            {
                return;
            }

            string link = "/proc/self/fd/" + stream.SafeFileHandle.DangerousGetHandle().ToString(System.Globalization.CultureInfo.InvariantCulture);
            string? target;
            try
            {
                target = new FileInfo(link).LinkTarget;
            }
            catch (IOException)
            {
                // /proc is not mounted: nothing to check against.
                return;
            }

            if (target is not null && target != Path.GetFullPath(path))
            {
                throw new IOException($"The write lock '{path}' is no longer this writer's: its file was deleted or replaced while held ({target}), so another writer may hold the folder; nothing was committed.");
            }
        }
    }

    /// <summary>Gets the file beside the lock that names its holder (pid, host, since when).</summary>
    private string HolderPath => path + ".holder";

    /// <inheritdoc/>
    public override bool IsLocked()
    {
        lock (gate)
        {
            if (stream is not null)
            {
                return true;
            }

            try
            {
                using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                return false;
            }
            catch (FileNotFoundException)
            {
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{nameof(ExclusiveFileLock)}@{path}";

    /// <summary>Releases the lock; the lock file stays (an unheld file locks nothing).</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (gate)
            {
                if (stream is not null)
                {
                    // The holder note is advisory (the next holder overwrites a leftover one); removed while still held.
                    try
                    {
                        File.Delete(HolderPath);
                    }
                    catch (IOException)
                    {
                    }
                    catch (UnauthorizedAccessException)
                    {
                    }
                }

                stream?.Dispose();
                stream = null;
                held?.TryRemove(this, out _);
            }
        }
    }
}
