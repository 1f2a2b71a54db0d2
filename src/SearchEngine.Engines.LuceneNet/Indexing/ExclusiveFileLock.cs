using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;

namespace SearchEngine.Engines.LuceneNet.Indexing;

/// <summary>One write lock: the lock file held open for exclusive access until disposal.</summary>
internal sealed class ExclusiveFileLock(string path) : Lock
{
    private readonly System.Threading.Lock gate = new();
    private FileStream? held;

    /// <inheritdoc/>
    public override bool Obtain()
    {
        lock (gate)
        {
            if (held is not null)
            {
                return false;
            }

            try
            {
                held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
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

            File.WriteAllText(HolderPath, string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"pid {Environment.ProcessId} on {Environment.MachineName} since {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z"));
            return true;
        }
    }

    /// <summary>Gets the file beside the lock that names its holder (pid, host, since when).</summary>
    private string HolderPath => path + ".holder";

    /// <inheritdoc/>
    public override bool IsLocked()
    {
        lock (gate)
        {
            if (held is not null)
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
                if (held is not null)
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

                held?.Dispose();
                held = null;
            }
        }
    }
}
