using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchEngine.Engines.LuceneNet.Analysis;
using SearchEngine.Engines.LuceneNet.Documents;
using SearchEngine.Engines.LuceneNet.Scoring;
using SearchEngine.Engines.LuceneNet.Searching;
using SearchEngine.News.Engines;
using Analyzer = SearchEngine.Analysis.Analyzer;
using LuceneIndexNotFoundException = Lucene.Net.Index.IndexNotFoundException;

namespace SearchEngine.Engines.LuceneNet.Indexing;

/// <summary>
/// One index folder in Lucene.Net's format: an IndexWriter opened on the first change (holding the folder's write
/// lock until disposal), commits with user data, snapshots of the latest commit, and CheckIndex.
/// </summary>
/// <remarks>
/// Disposal drops every uncommitted change (rolls the writer back: Lucene.Net 4.8's IndexWriter.Dispose commits); with
/// none pending it waits for the merges the last commits started and commits their result, which changes segments,
/// not documents. Without that a writer per batch of changes (the server's) would never keep a merge, and the segment
/// count would grow by one a batch. Lucene deletes only its own files, so other files and folders in the folder (the engine
/// marker, the articles) survive commits and rebuilds.
/// </remarks>
internal sealed class LuceneNetIndex : IEngineIndex
{
    private readonly EngineIndexOptions options;
    private readonly SharedDirectory directory;
    private readonly FieldSchema schema = new();
    private readonly DocumentConverter converter;
    private readonly Dictionary<string, LuceneChainAnalyzer> analyzers = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock gate = new();
    private volatile IndexWriter? writer;

    private readonly ChangeTracker changes = new();

    // Set when the write lock turned out to be another writer's: the writer is then abandoned, never rolled back or
    // closed, as both would delete files the new holder's commits may use.
    private volatile bool lockLost;
    private FieldLanguageAnalyzer? writerAnalyzer;
    private volatile bool disposed;

    /// <summary>Opens the folder <paramref name="path"/>, creating it when missing; nothing is written until the first change.</summary>
    public LuceneNetIndex(string path, EngineIndexOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.RamBufferMB > 0) || options.RamBufferMB >= 2048)
        {
            throw new ArgumentException($"The RAM buffer of {options.RamBufferMB} MB is not between 0 and 2,048 MB (Lucene's per-thread limit).", nameof(options));
        }

        Path = System.IO.Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(Path);
        this.options = options;
        converter = new DocumentConverter(schema);
        directory = new SharedDirectory(Path);
    }

    /// <inheritdoc/>
    public string Path { get; }

    /// <inheritdoc/>
    public bool HasCommit
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return DirectoryReader.IndexExists(directory.Directory);
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The analyzer belongs to this index; callers must not dispose it. It stays usable after the index is disposed,
    /// as a search still running on a snapshot of it needs it to the end; it holds only per-thread token-stream
    /// caches, which the garbage collector frees with it.
    /// </remarks>
    public Analyzer GetAnalyzer(string language)
    {
        if (!LanguageAnalyzers.IsKnown(language))
        {
            throw LanguageAnalyzers.Unknown(language, nameof(language));
        }

        lock (gate)
        {
            if (!analyzers.TryGetValue(language, out LuceneChainAnalyzer? analyzer))
            {
                analyzer = new LuceneChainAnalyzer(language);
                analyzers.Add(language, analyzer);
            }

            return analyzer;
        }
    }

    /// <inheritdoc/>
    public void Update(string idField, string id, IndexDocument document)
    {
        ArgumentException.ThrowIfNullOrEmpty(idField);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(document);
        var converted = converter.Convert(document);
        Writer().UpdateDocument(new Term(idField, id), converted);
        changes.Changed();
    }

    /// <inheritdoc/>
    public void Delete(string idField, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(idField);
        ArgumentNullException.ThrowIfNull(id);
        Writer().DeleteDocuments(new Term(idField, id));
        changes.Changed();
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Null <paramref name="userData"/> keeps the previous commit's user data, and a commit without changes then
    /// writes nothing and returns the latest commit; given user data always makes a new commit.
    /// </remarks>
    public EngineCommit Commit(IReadOnlyDictionary<string, string>? userData = null)
    {
        IndexWriter current = Writer();
        lock (directory.CommitGate)
        {
            if (userData is not null)
            {
                current.SetCommitData(new Dictionary<string, string>(userData, StringComparer.Ordinal));
            }

            long taken = changes.BeforeCommit();
            try
            {
                directory.Locks.EnsureHeldLocksValid();
            }
            catch (IOException)
            {
                lockLost = true;
                throw;
            }

            current.Commit();
            changes.Committed(taken);
            SegmentInfos infos = CommitFiles.ReadLatest(directory.Directory);
            return new EngineCommit(
                infos.Generation,
                CommitFiles.LiveDocs(infos),
                CommitFiles.Bytes(directory.Directory, CommitFiles.Files(infos, directory.Directory)));
        }
    }

    /// <inheritdoc/>
    public IEngineSnapshot OpenSnapshot()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        directory.Acquire();
        try
        {
            DirectoryReader reader;
            lock (directory.CommitGate)
            {
                try
                {
                    reader = DirectoryReader.Open(directory.Directory);
                }
                catch (LuceneIndexNotFoundException e)
                {
                    throw new News.Engines.IndexNotFoundException(
                        $"The folder '{Path}' holds no lucenenet index commit; build the index first (a rebuild indexes the articles and commits).", e);
                }
                catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException)
                {
                    (string file, string problem) = IndexVerifier.DiagnoseUnreadableCommit(
                        directory.Directory, SegmentInfos.GetLastCommitSegmentsFileName(directory.Directory) ?? "segments", e);
                    throw new InvalidDataException($"The index in '{Path}' cannot be opened: {file}: {problem} Run 'searchctl verify' for a full check.", e);
                }

                return LuceneNetSnapshot.Open(reader, directory);
            }
        }
        catch
        {
            directory.Release();
            throw;
        }
    }

    /// <inheritdoc/>
    public IEngineHeldCommit HoldCommit()
    {
        IndexWriter current = Writer();
        lock (directory.CommitGate)
        {
            try
            {
                return new LuceneNetHeldCommit(current, directory.CommitGate);
            }
            catch (InvalidOperationException e)
            {
                // SnapshotDeletionPolicy.Snapshot: "No index commit to snapshot".
                throw new News.Engines.IndexNotFoundException($"The folder '{Path}' holds no lucenenet index commit to hold; commit first.", e);
            }
        }
    }

    /// <inheritdoc/>
    public EngineVerifyResult Verify()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        lock (directory.CommitGate)
        {
            if (!DirectoryReader.IndexExists(directory.Directory))
            {
                throw new News.Engines.IndexNotFoundException($"The folder '{Path}' holds no lucenenet index commit to verify.");
            }

            return IndexVerifier.Verify(directory.Directory);
        }
    }

    /// <summary>Drops every uncommitted change (or, with none, commits the merges the writer ran), releases the write lock and the directory.</summary>
    public void Dispose()
    {
        IndexWriter? open;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            open = writer;
            writer = null;
        }

        try
        {
            if (open is not null && !lockLost)
            {
                Close(open, keepMerges: changes.AllCommitted);
            }
        }
        finally
        {
            // The search analyzers are not disposed: a search still running on a snapshot uses them (GetAnalyzer).
            writerAnalyzer?.Dispose();
            directory.Release();
        }
    }

    /// <summary>
    /// Closes <paramref name="open"/>: with <paramref name="keepMerges"/>, Lucene's own Dispose (it waits for merges
    /// and commits only what they changed, as no document change is pending); otherwise, or when that fails, a
    /// rollback, which closes without committing. The last commit stays whole either way.
    /// </summary>
    private void Close(IndexWriter open, bool keepMerges)
    {
        if (keepMerges)
        {
            try
            {
                lock (directory.CommitGate)
                {
                    open.Dispose();
                }

                return;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                // A merge or its commit failed: the merges are lost, nothing committed is.
            }
        }

        open.Rollback();
        open.Dispose();
    }

    private IndexWriter Writer()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        IndexWriter? current = writer;
        if (current is not null)
        {
            return current;
        }

        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (writer is not null)
            {
                return writer;
            }

            (current, FieldLanguageAnalyzer analyzer) = LockWait.Retry(options.LockWait, OpenWriter);
            writerAnalyzer = analyzer;
            writer = current;
            return current;
        }
    }

    private (IndexWriter Writer, FieldLanguageAnalyzer Analyzer) OpenWriter()
    {
        var analyzer = new FieldLanguageAnalyzer(schema);
        var config = new IndexWriterConfig(LanguageAnalyzers.Version, analyzer)
        {
            OpenMode = options.Create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = options.RamBufferMB,
            Similarity = Lucene8Bm25Similarity.Instance,
            WriteLockTimeout = 0,

            // Lucene's default (only the last commit is kept), with snapshots that keep a commit's files for HoldCommit.
            IndexDeletionPolicy = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy()),
        };
        try
        {
            return (new IndexWriter(directory.Directory, config), analyzer);
        }
        catch (LockObtainFailedException e)
        {
            analyzer.Dispose();
            throw new IndexLockedException(
                $"Another writer holds the write lock of the index folder '{Path}' (another process, or another open index of it in this one): {e.InnerException?.Message ?? e.Message}", e);
        }
        catch
        {
            analyzer.Dispose();
            throw;
        }
    }
}
