using SearchEngine.Core.Facets;
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
        using SearcherManager.Lease lease = AcquireSearcher();
        return lease.Searcher.Search(request);
    }

    /// <summary>Searches on a thread-pool thread; see <see cref="Search(NewsSearchRequest)"/>.</summary>
    public Task<NewsSearchResponse> SearchAsync(NewsSearchRequest request, CancellationToken cancellationToken = default) =>
        Task.Run(() => Search(request), cancellationToken);

    /// <summary>
    /// Searches the latest commit as <see cref="Search(NewsSearchRequest)"/> does (any page; no cursor) and counts
    /// <paramref name="facets"/> over all matches in the same pass: drill-down counts under every filter, and
    /// drill-sideways counts, where a filtered dimension (persons, organizations, the date, and the language when
    /// <c>lang</c> is counted) is counted with every filter but its own, so a user sees what widening it would add.
    /// </summary>
    /// <param name="request">The search.</param>
    /// <param name="facets">
    /// The facets to count (<see cref="NewsFacets.Names"/>): <c>date</c> (years and months, see
    /// <see cref="NewsFacetedResponse.Dates"/>), <c>person</c>, <c>organization</c>, <c>lang</c>; <c>year</c> and
    /// <c>month</c> alone are accepted too. An unknown name throws <see cref="ArgumentException"/> naming it.
    /// </param>
    /// <returns>The page of hits, the exact total and the counts per facet field.</returns>
    public NewsFacetedResponse SearchWithFacets(NewsSearchRequest request, IReadOnlyList<string> facets)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<string> fields = NewsFacets.Fields(facets);
        using SearcherManager.Lease lease = AcquireSearcher();
        return lease.Searcher.SearchWithFacets(request, fields);
    }

    /// <summary>Searches with facet counts on a thread-pool thread; see <see cref="SearchWithFacets"/>.</summary>
    public Task<NewsFacetedResponse> SearchWithFacetsAsync(NewsSearchRequest request, IReadOnlyList<string> facets, CancellationToken cancellationToken = default) =>
        Task.Run(() => SearchWithFacets(request, facets), cancellationToken);

    /// <summary>
    /// Finds the values of the <c>person</c> or <c>organization</c> facet that match <paramref name="prefix"/>
    /// at the start of the value or of any word in it, ignoring case and diacritics (<c>schl</c> finds
    /// <c>Poul Schlüter</c>, <c>orsted</c> finds <c>Ørsted</c>), or of any alias of it (<c>poe</c> finds <c>Vladimir Putin</c>,
    /// written <c>Poetin</c> in Dutch; see <see cref="NewsFacetValues"/>), with the number of articles in the latest commit
    /// that have each, most frequent first, ties by label.
    /// </summary>
    /// <param name="facet">The facet: <c>person</c> or <c>organization</c> (<see cref="NewsFacets.Searchable"/>); another name throws <see cref="ArgumentException"/>.</param>
    /// <param name="prefix">What the user typed; empty or blank lists the most frequent values.</param>
    /// <param name="limit">The most values to return.</param>
    /// <returns>The matching values with their counts.</returns>
    public IReadOnlyList<LabelAndCount> FindFacetValues(string facet, string prefix, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(facet);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (!NewsFacets.Searchable.Contains(facet))
        {
            throw new ArgumentException($"Facet values can be searched for {string.Join(" and ", NewsFacets.Searchable)}, not '{facet}'.", nameof(facet));
        }

        using SearcherManager.Lease lease = AcquireSearcher();
        return NewsFacetValues.Find(lease.Searcher.Searcher, facet, prefix, limit);
    }

    /// <summary>Finds facet values on a thread-pool thread; see <see cref="FindFacetValues"/>.</summary>
    public Task<IReadOnlyList<LabelAndCount>> FindFacetValuesAsync(string facet, string prefix, int limit = 10, CancellationToken cancellationToken = default) =>
        Task.Run(() => FindFacetValues(facet, prefix, limit), cancellationToken);

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

    /// <summary>Returns a lease on the searcher of the latest commit, creating the manager on first use.</summary>
    private SearcherManager.Lease AcquireSearcher()
    {
        SearcherManager manager;
        lock (writerLock)
        {
            manager = searchers ??= new SearcherManager(directory, new NewsSearchLimits());
        }

        return manager.Acquire();
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
