using SearchEngine.Analysis;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.News.Engines;
using CoreIndexNotFound = SearchEngine.Core.Index.IndexNotFoundException;

namespace SearchEngine.Engines.Native;

/// <summary>
/// One folder of the native engine: its writer (opened on the first change), snapshots and verifier. Disposal drops
/// uncommitted changes; with none pending it waits for the merges the last commits started and commits their result
/// (segments, not documents), so a writer per batch of changes (the server's) keeps its merges.
/// </summary>
internal sealed class NativeIndex : IEngineIndex
{
    private readonly FileSystemDirectory directory;
    private readonly IndexWriterConfig writerConfig;
    private readonly TimeSpan lockWait;
    private readonly Lock writerLock = new();
    private IndexWriter? writer;

    private readonly ChangeTracker changes = new();

    public NativeIndex(string path, EngineIndexOptions options)
    {
        directory = new FileSystemDirectory(path);
        lockWait = options.LockWait;
        writerConfig = new IndexWriterConfig
        {
            RamBufferSizeMB = options.RamBufferMB,
            OpenMode = options.Create ? OpenMode.Create : OpenMode.CreateOrAppend,
        };
    }

    public string Path => directory.Path;

    public bool HasCommit => DirectoryReader.IndexExists(directory);

    private IndexWriter Writer
    {
        get
        {
            // Several indexing threads may ask at once; only one writer may hold the folder's lock.
            lock (writerLock)
            {
                if (writer?.Tragedy is not null)
                {
                    // A failure closed the writer (its buffered changes are lost, as the caller was told): roll
                    // back to the last commit and carry on with a new writer.
                    writer.Dispose();
                    writer = null;
                }

                return writer ??= LockWait.Retry(lockWait, OpenWriter);
            }
        }
    }

    public Analyzer GetAnalyzer(string language) => AnalyzerRegistry.Get(language);

    private IndexWriter OpenWriter()
    {
        try
        {
            return new IndexWriter(directory, writerConfig);
        }
        catch (LockObtainFailedException ex)
        {
            throw new IndexLockedException(ex.Message, ex);
        }
    }

    public void Update(string idField, string id, IndexDocument document)
    {
        Writer.UpdateDocument(new Core.Documents.Term(idField, id), NativeDocuments.ToDocument(document));
        changes.Changed();
    }

    public void Delete(string idField, string id)
    {
        Writer.DeleteDocuments(new Core.Documents.Term(idField, id));
        changes.Changed();
    }

    public EngineCommit Commit(IReadOnlyDictionary<string, string>? userData = null)
    {
        long taken = changes.BeforeCommit();
        CommitPoint commit = Writer.Commit(userData);
        changes.Committed(taken);
        long bytes = 0;
        foreach (string file in commit.Files())
        {
            bytes += directory.FileLength(file);
        }

        return new EngineCommit(commit.Generation, commit.LiveCount, bytes);
    }

    public IEngineSnapshot OpenSnapshot()
    {
        try
        {
            return new NativeSnapshot(DirectoryReader.Open(directory));
        }
        catch (CoreIndexNotFound ex)
        {
            throw new News.Engines.IndexNotFoundException(ex.Message, ex);
        }
    }

    public IEngineHeldCommit HoldCommit()
    {
        try
        {
            return new NativeHeldCommit(Writer);
        }
        catch (CoreIndexNotFound ex)
        {
            throw new News.Engines.IndexNotFoundException($"The folder '{Path}' holds no native index commit to hold: {ex.Message}", ex);
        }
    }

    public EngineVerifyResult Verify()
    {
        VerifyResult result = IndexVerifier.Verify(directory);
        return new EngineVerifyResult(result.Ok, result.Generation, result.Segments, result.LiveDocs, result.Bytes, result.BadFile, result.Problem);
    }

    public void Dispose()
    {
        try
        {
            if (writer is { } open && changes.AllCommitted)
            {
                KeepMerges(open);
            }
        }
        finally
        {
            writer?.Dispose();
            directory.Dispose();
        }
    }

    /// <summary>Waits for <paramref name="open"/>'s merges and commits what they changed, keeping the last commit's user data.</summary>
    private static void KeepMerges(IndexWriter open)
    {
        try
        {
            open.WaitForMerges();
            if (open.Tragedy is null && open.MergeFailure is null && open.SegmentsChangedSinceCommit)
            {
                var userData = new Dictionary<string, string>(open.LastCommit?.UserData ?? new Dictionary<string, string>(), StringComparer.Ordinal);
                userData.Remove("timestamp");
                open.Commit(userData);
            }
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // The merges are lost (a failing disk, a lost lock); nothing committed is.
        }
    }
}
