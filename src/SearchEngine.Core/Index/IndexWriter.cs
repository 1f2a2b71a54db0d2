using SearchEngine.Core.Documents;
using SearchEngine.Core.Index.Inversion;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Index;

/// <summary>
/// Adds, updates and deletes documents, and commits the changes atomically. One writer per index (a lock
/// file); any number of threads may add and delete concurrently.
/// </summary>
/// <remarks>
/// <para>
/// Each indexing thread fills its own in-memory segment (<see cref="SegmentBuilder"/>); when the buffers
/// together exceed <see cref="IndexWriterConfig.RamBufferSizeMB"/>, the thread writes its buffer as a new
/// segment. Deletes by term apply to buffered documents at once (to those added before the delete) and to
/// written segments at the next commit or merge. Merges run in the background.
/// </para>
/// <para>
/// <see cref="Commit"/> is two-phase: every new file is written and fsynced, then a new generation-numbered
/// commit point is written under a temporary name, fsynced, renamed and the directory fsynced. Until then
/// readers (in this or any process) keep seeing the previous commit; a killed process loses only what was
/// not committed. Files no commit or segment uses any more are deleted after each commit and merge;
/// readers that have them open keep reading them (the mappings outlive deletion).
/// </para>
/// </remarks>
internal sealed partial class IndexWriter : IDisposable
{
    private readonly Lock sync = new();
    private readonly ReaderWriterLockSlim commitLock = new();
    private readonly IndexLock writeLock;
    private readonly List<WriterSegment> segments = [];
    private readonly List<(Term Term, long Sequence)> bufferedDeletes = [];
    private readonly List<SegmentBuilder> builders = [];
    private readonly Stack<SegmentBuilder> freeBuilders = new();
    private CommitPoint? lastCommit;
    private Exception? tragedy;
    private long nextSegmentCounter;
    private long deleteSequence;
    private bool disposed;

    /// <summary>Opens a writer on the index in <paramref name="directory"/>, taking its write lock.</summary>
    /// <exception cref="LockObtainFailedException">Another writer holds the index; the message names it.</exception>
    public IndexWriter(IndexDirectory directory, IndexWriterConfig? config = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory = directory;
        Config = config ?? new IndexWriterConfig();
        writeLock = directory.ObtainLock(IndexFileNames.WriteLock);
        try
        {
            long generation = CommitPointFormat.LatestGeneration(directory);
            if (generation >= 0)
            {
                lastCommit = CommitPointFormat.Read(directory, generation);
                lastAttemptedGeneration = generation;

                // A writer that crashed after the last commit may have left files of later segments behind (and
                // their deletion below may fail): new segments never take their names.
                nextSegmentCounter = Math.Max(lastCommit.NextSegmentCounter, HighestSegmentCounterInDirectory() + 1);
                if (Config.OpenMode != OpenMode.Create)
                {
                    foreach (SegmentCommitInfo segment in lastCommit.Segments)
                    {
                        segments.Add(new WriterSegment(segment.Info, segment.DeleteGeneration, segment.DeleteCount, 0));
                    }
                }
            }
            else if (Config.OpenMode == OpenMode.Append)
            {
                throw new IndexNotFoundException("No index to append to: the directory holds no commit point.");
            }

            // Files a killed writer left behind (half-written segments, pending commit points) go now.
            DeleteUnusedFiles();
        }
        catch
        {
            writeLock.Dispose();
            throw;
        }
    }

    /// <summary>Gets the directory of the index.</summary>
    public IndexDirectory Directory { get; }

    /// <summary>Gets the writer's settings.</summary>
    public IndexWriterConfig Config { get; }

    /// <summary>Gets the last commit this writer made or opened, or null for a new index not yet committed.</summary>
    public CommitPoint? LastCommit
    {
        get
        {
            lock (sync)
            {
                return lastCommit;
            }
        }
    }

    /// <summary>
    /// Gets the failure that closed the writer to further changes, or null: an I/O failure that lost buffered
    /// changes (a failed flush of an in-memory segment), or the loss of the write lock (<see cref="LockLostException"/>). After one, every call but <see cref="Dispose"/> throws
    /// <see cref="InvalidOperationException"/>; disposing rolls back to the last commit, and a new writer may open.
    /// </summary>
    public Exception? Tragedy
    {
        get
        {
            lock (sync)
            {
                return tragedy;
            }
        }
    }

    /// <summary>Adds a document.</summary>
    public void AddDocument(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        commitLock.EnterReadLock();
        try
        {
            ThrowIfDisposed();
            Add(document);
        }
        finally
        {
            commitLock.ExitReadLock();
        }
    }

    /// <summary>Replaces every document containing <paramref name="idTerm"/> with <paramref name="document"/> (an upsert by id).</summary>
    public void UpdateDocument(Term idTerm, Document document)
    {
        ArgumentNullException.ThrowIfNull(idTerm);
        ArgumentNullException.ThrowIfNull(document);
        commitLock.EnterReadLock();
        try
        {
            ThrowIfDisposed();
            BufferDelete(idTerm);
            Add(document);
        }
        finally
        {
            commitLock.ExitReadLock();
        }
    }

    /// <summary>Deletes every document that contains <paramref name="term"/> (as it is indexed, e.g. an id).</summary>
    public void DeleteDocuments(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        commitLock.EnterReadLock();
        try
        {
            ThrowIfDisposed();
            BufferDelete(term);
        }
        finally
        {
            commitLock.ExitReadLock();
        }
    }

    /// <summary>
    /// Waits for running merges, commits if <see cref="IndexWriterConfig.CommitOnDispose"/> says so (otherwise
    /// uncommitted changes are dropped), and releases the write lock.
    /// </summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        try
        {
            WaitForMerges();
            if (Config.CommitOnDispose && Tragedy is null)
            {
                Commit();
            }
        }
        finally
        {
            commitLock.EnterWriteLock();
            try
            {
                lock (sync)
                {
                    disposed = true;
                    foreach (SegmentBuilder builder in builders)
                    {
                        builder.Dispose();
                    }

                    builders.Clear();
                    freeBuilders.Clear();
                    foreach (WriterSegment segment in segments)
                    {
                        segment.Release();
                    }

                    // Uncommitted segments are dropped with their files; the last commit stays whole.
                    segments.Clear();
                    DeleteUnusedFiles();
                }
            }
            finally
            {
                commitLock.ExitWriteLock();
                writeLock.Dispose();
            }
        }
    }

    private void ThrowIfDisposed()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (Volatile.Read(ref tragedy) is Exception failure)
        {
            throw new InvalidOperationException(
                "The index writer was closed by a failure it cannot recover from (" + failure.Message + "); dispose it and open a new writer, which starts from the last commit.",
                failure);
        }
    }

    /// <summary>Records the first failure that lost buffered changes; the writer refuses further changes from now on.</summary>
    private void OnTragedy(Exception failure)
    {
        lock (sync)
        {
            tragedy ??= failure;
        }
    }

    private long HighestSegmentCounterInDirectory()
    {
        long highest = -1;
        foreach (string file in Directory.ListAll())
        {
            if (IndexFileNames.SegmentOf(file) is string segment && IndexFileNames.TryParseBase36(segment.AsSpan(1), out long counter))
            {
                highest = Math.Max(highest, counter);
            }
        }

        return highest;
    }

    private string NewSegmentName()
    {
        lock (sync)
        {
            return IndexFileNames.SegmentName(nextSegmentCounter++);
        }
    }
}
