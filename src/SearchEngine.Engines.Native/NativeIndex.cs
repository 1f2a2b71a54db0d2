using SearchEngine.Analysis;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.News.Engines;
using CoreIndexNotFound = SearchEngine.Core.Index.IndexNotFoundException;

namespace SearchEngine.Engines.Native;

/// <summary>One folder of the native engine: its writer (opened on the first change), snapshots and verifier.</summary>
internal sealed class NativeIndex : IEngineIndex
{
    private readonly FileSystemDirectory directory;
    private readonly IndexWriterConfig writerConfig;
    private readonly Lock writerLock = new();
    private IndexWriter? writer;

    public NativeIndex(string path, EngineIndexOptions options)
    {
        directory = new FileSystemDirectory(path);
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
                try
                {
                    if (writer?.Tragedy is not null)
                    {
                        // A failure closed the writer (its buffered changes are lost, as the caller was told): roll
                        // back to the last commit and carry on with a new writer.
                        writer.Dispose();
                        writer = null;
                    }

                    return writer ??= new IndexWriter(directory, writerConfig);
                }
                catch (LockObtainFailedException ex)
                {
                    throw new IndexLockedException(ex.Message, ex);
                }
            }
        }
    }

    public Analyzer GetAnalyzer(string language) => AnalyzerRegistry.Get(language);

    public void Update(string idField, string id, IndexDocument document) =>
        Writer.UpdateDocument(new Core.Documents.Term(idField, id), NativeDocuments.ToDocument(document));

    public void Delete(string idField, string id) => Writer.DeleteDocuments(new Core.Documents.Term(idField, id));

    public EngineCommit Commit(IReadOnlyDictionary<string, string>? userData = null)
    {
        CommitPoint commit = Writer.Commit(userData);
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

    public EngineVerifyResult Verify()
    {
        VerifyResult result = IndexVerifier.Verify(directory);
        return new EngineVerifyResult(result.Ok, result.Generation, result.Segments, result.LiveDocs, result.Bytes, result.BadFile, result.Problem);
    }

    public void Dispose()
    {
        writer?.Dispose();
        directory.Dispose();
    }
}
