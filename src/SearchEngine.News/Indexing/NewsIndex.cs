using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.News.Articles;
using SearchEngine.News.Search;

namespace SearchEngine.News.Indexing;

/// <summary>
/// A news index in a folder: add (upsert by id), delete and commit articles, read statistics, verify. Writes go
/// through one <see cref="IndexWriter"/> opened on first write (it holds the folder's write lock until disposed);
/// reads open the latest commit.
/// </summary>
public sealed class NewsIndex : IDisposable
{
    private readonly FileSystemDirectory directory;
    private readonly IndexWriterConfig writerConfig;
    private readonly Lock writerLock = new();
    private IndexWriter? writer;
    private SearcherManager? searchers;

    private NewsIndex(string path, IndexWriterConfig writerConfig)
    {
        directory = new FileSystemDirectory(path);
        this.writerConfig = writerConfig;
    }

    /// <summary>Gets the index folder's absolute path.</summary>
    public string Path => directory.Path;

    /// <summary>Gets the folder as an index directory, for readers and searchers.</summary>
    public IndexDirectory Directory => directory;

    /// <summary>Opens the index in <paramref name="path"/> (the folder is created when missing; nothing is written until the first change).</summary>
    public static NewsIndex Open(string path, IndexWriterConfig? writerConfig = null) => new(path, writerConfig ?? new IndexWriterConfig());

    /// <summary>Adds <paramref name="article"/>, replacing any article with the same id.</summary>
    public void Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Writer.UpdateDocument(ArticleDocuments.IdTerm(article.Id), ArticleDocuments.ToDocument(article));
    }

    /// <summary>Deletes the article with id <paramref name="id"/> (nothing happens when there is none).</summary>
    public void Delete(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Writer.DeleteDocuments(ArticleDocuments.IdTerm(id));
    }

    /// <summary>Makes every change durable and visible to readers, atomically; returns the commit.</summary>
    public CommitPoint Commit(IReadOnlyDictionary<string, string>? userData = null) => Writer.Commit(userData);

    /// <summary>Opens a reader over the latest commit.</summary>
    public DirectoryReader OpenReader() => DirectoryReader.Open(directory);

    /// <summary>
    /// Searches the latest commit (reopened when a newer commit appears, also one made by another process);
    /// throws <see cref="Core.QueryParsing.QueryParseException"/> naming the position for a malformed query.
    /// </summary>
    public NewsSearchResponse Search(NewsSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        SearcherManager manager;
        lock (writerLock)
        {
            manager = searchers ??= new SearcherManager(directory, new NewsSearchLimits());
        }

        using SearcherManager.Lease lease = manager.Acquire();
        return lease.Searcher.Search(request);
    }

    /// <summary>Searches on a thread-pool thread; see <see cref="Search(NewsSearchRequest)"/>.</summary>
    public Task<NewsSearchResponse> SearchAsync(NewsSearchRequest request, CancellationToken cancellationToken = default) =>
        Task.Run(() => Search(request), cancellationToken);

    /// <summary>Computes statistics of the latest commit: documents, segments, bytes, languages and top facet values.</summary>
    public IndexStats GetStats(int topValues = 10)
    {
        using DirectoryReader reader = OpenReader();
        return IndexStats.Compute(reader, topValues);
    }

    /// <summary>Checks every checksum and structure of the latest commit.</summary>
    public VerifyResult Verify() => IndexVerifier.Verify(directory);

    /// <summary>Releases the writer (uncommitted changes are dropped) and the folder.</summary>
    public void Dispose()
    {
        searchers?.Dispose();
        writer?.Dispose();
        directory.Dispose();
    }

    internal IndexWriter Writer
    {
        get
        {
            // Several indexing threads may ask at once; only one writer may hold the folder's lock.
            lock (writerLock)
            {
                return writer ??= new IndexWriter(directory, writerConfig);
            }
        }
    }
}
