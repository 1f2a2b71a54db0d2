using System.Collections.Concurrent;
using Lucene.Net.Store;

namespace SearchEngine.Engines.LuceneNet.Indexing;

/// <summary>
/// The Lucene directory of one index folder, shared by the index and its snapshots and closed when the last of them
/// lets go (snapshots outlive the index that opened them). Its <see cref="CommitGate"/> keeps a commit of this
/// process from deleting an older commit's files while a snapshot of it is being opened and measured.
/// </summary>
internal sealed class SharedDirectory
{
    private readonly System.Threading.Lock gate = new();
    private int references = 1;

    /// <summary>Opens the folder <paramref name="path"/>: memory-mapped in a 64-bit process, with write locks that exclude other processes.</summary>
    public SharedDirectory(string path)
    {
        var folder = new DirectoryInfo(path);
        Locks = new ExclusiveFileLockFactory();
        Directory = Environment.Is64BitProcess ? new MMapDirectory(folder, Locks) : new SimpleFSDirectory(folder, Locks);
    }

    /// <summary>Gets the factory of the folder's write locks, which knows the locks this process holds.</summary>
    public ExclusiveFileLockFactory Locks { get; }

    /// <summary>Gets the Lucene directory.</summary>
    public FSDirectory Directory { get; }

    /// <summary>
    /// Gets the files whose checksums a snapshot of this process has verified, with the length they had: a snapshot
    /// checks only the files it is the first to open (a rebuilt segment of the same name has another length).
    /// </summary>
    public ConcurrentDictionary<string, long> VerifiedFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the lock held while this process commits, or opens and measures a commit.</summary>
    public System.Threading.Lock CommitGate { get; } = new();

    /// <summary>Takes one more reference.</summary>
    /// <exception cref="ObjectDisposedException">Every reference was released.</exception>
    public void Acquire()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(references == 0, this);
            references++;
        }
    }

    /// <summary>Releases one reference; the last closes the directory.</summary>
    public void Release()
    {
        lock (gate)
        {
            if (references == 0 || --references > 0)
            {
                return;
            }
        }

        Directory.Dispose();
    }
}
