using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Facets;
using SearchEngine.News.Replication;
using SearchEngine.News.Search;

namespace SearchEngine.News.Indexing;

/// <summary>
/// A news index in a folder, on the engine that wrote it: add (upsert by id), delete and commit articles, search
/// the latest commit, read statistics, verify. The server, <c>searchctl</c> and embedding applications reach the
/// engines only through this facade.
/// </summary>
/// <remarks>
/// Writes go through one engine writer opened on the first change; it holds the folder's write lock until
/// <see cref="Dispose"/>, which drops uncommitted changes. Searches see the commit that was newest when they
/// started: <see cref="Search"/> and its siblings first look for a newer commit (also one made by another
/// process) and swap it in; <see cref="AcquireSearcher"/> does not, and <see cref="Refresh"/> does it alone.
/// </remarks>
public sealed class NewsIndex : IDisposable, IAsyncDisposable
{
    private readonly IEngineIndex engineIndex;
    private readonly SearcherManager searchers;
    private readonly FileDigests digests;

    private NewsIndex(string engine, IEngineIndex engineIndex, NewsSearchLimits limits)
    {
        Engine = engine;
        this.engineIndex = engineIndex;
        searchers = new SearcherManager(engineIndex.OpenSnapshot, snapshot => new NewsSearcher(snapshot, engineIndex.GetAnalyzer, limits));
        digests = new FileDigests(engineIndex.Path);
    }

    /// <summary>Gets the index folder's absolute path.</summary>
    public string Path => engineIndex.Path;

    /// <summary>Gets the name of the engine the folder is indexed with (<see cref="NewsEngines.Names"/>).</summary>
    public string Engine { get; }

    /// <summary>Gets a value indicating whether the folder holds a commit.</summary>
    public bool HasCommit => engineIndex.HasCommit;

    /// <summary>
    /// Opens the index in <paramref name="path"/> with the engine that wrote it (the folder is created when missing;
    /// nothing is written until the first change, which records the engine in the folder).
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="NewsIndexOptions.Engine"/> names an unknown engine, or another engine than the one that wrote the folder.</exception>
    public static NewsIndex Open(string path, NewsIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new NewsIndexOptions();
        string fullPath = System.IO.Path.GetFullPath(path);
        string engine = ResolveEngine(fullPath, options.Engine);
        if (NewsEngines.ReadMarker(fullPath) != engine)
        {
            NewsEngines.WriteMarker(fullPath, engine);
        }

        IEngineIndex opened = NewsEngines.Get(engine).Open(fullPath, new EngineIndexOptions { Create = options.Create, RamBufferMB = options.RamBufferMB, LockWait = options.LockWait });
        return new NewsIndex(engine, opened, options.Limits);
    }

    /// <summary>Tells whether the folder <paramref name="path"/> holds a committed index of any engine.</summary>
    public static bool Exists(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string fullPath = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(fullPath))
        {
            return false;
        }

        if (RecordedEngine(fullPath) is not string engine)
        {
            return false;
        }

        using IEngineIndex index = NewsEngines.Get(engine).Open(fullPath, new EngineIndexOptions());
        return index.HasCommit;
    }

    /// <summary>Adds <paramref name="article"/>, replacing any article with the same id; thread-safe.</summary>
    public void Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        engineIndex.Update(NewsFields.Id, article.Id, ArticleDocuments.ToDocument(article));
    }

    /// <summary>Deletes the article with id <paramref name="id"/> (nothing happens when there is none).</summary>
    public void Delete(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        engineIndex.Delete(NewsFields.Id, id);
    }

    /// <summary>Makes every change durable and visible to searches that start afterwards, atomically; returns the commit.</summary>
    public NewsCommit Commit(IReadOnlyDictionary<string, string>? userData = null)
    {
        EngineCommit commit = engineIndex.Commit(userData);
        return new NewsCommit(commit.Generation, commit.LiveDocs, commit.Bytes);
    }

    /// <summary>
    /// Holds the latest commit for copying to a replica (<see cref="NewsReplica"/>): its manifest, with each file's
    /// length and SHA-256 read from disk, and its files, which this index's writer keeps until the hold is disposed,
    /// whatever it commits or merges meanwhile. Opens the writer when it is not open yet, taking the folder's write
    /// lock as a change does: the index that commits is the one that hands its commits out. Disposing the index ends
    /// every hold.
    /// </summary>
    /// <exception cref="IndexNotFoundException">The folder holds no commit.</exception>
    /// <exception cref="IndexLockedException">Another writer holds the folder.</exception>
    public NewsHeldCommit HoldCommit()
    {
        IEngineHeldCommit held = engineIndex.HoldCommit();
        try
        {
            var files = new List<NewsCommitFile>(held.Files.Count);
            foreach (string name in held.Files.Order(StringComparer.Ordinal))
            {
                files.Add(digests.Measure(name)
                    ?? throw new InvalidDataException($"The file '{name}' of generation {held.Generation} in '{Path}' is missing though the commit is held."));
            }

            return new NewsHeldCommit(Path, held, new NewsCommitManifest(Engine, held.Generation, held.CommitFile, files));
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Returns the manifest of the latest commit: <see cref="HoldCommit"/>'s, with the hold ended at once (so with the writer open).</summary>
    public NewsCommitManifest GetCommitManifest()
    {
        using NewsHeldCommit held = HoldCommit();
        return held.Manifest;
    }

    /// <summary>Returns a lease on the searcher of the newest commit seen (opening the latest on first use), without looking for a newer one.</summary>
    /// <exception cref="IndexNotFoundException">The folder holds no commit.</exception>
    public NewsSearcherLease AcquireSearcher() => searchers.Acquire();

    /// <summary>Swaps in the folder's latest commit for new searches when it is newer; returns whether it did.</summary>
    /// <exception cref="IndexNotFoundException">The folder holds no commit.</exception>
    public bool Refresh() => searchers.MaybeRefresh();

    /// <summary>
    /// Searches the latest commit; throws <see cref="QueryParsing.QueryParseException"/> naming the position for a
    /// malformed query and <see cref="ArgumentException"/> naming the parameter for a bad request.
    /// </summary>
    public NewsSearchResponse Search(NewsSearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using NewsSearcherLease lease = AcquireLatest();
        return lease.Searcher.Search(request, cancellationToken);
    }

    /// <summary>Searches on a thread-pool thread, stopping when <paramref name="cancellationToken"/> fires; see <see cref="Search(NewsSearchRequest, CancellationToken)"/>.</summary>
    public Task<NewsSearchResponse> SearchAsync(NewsSearchRequest request, CancellationToken cancellationToken = default) =>
        Task.Run(() => Search(request, cancellationToken), cancellationToken);

    /// <summary>
    /// Searches the latest commit as <see cref="Search(NewsSearchRequest, CancellationToken)"/> does (any page; no cursor) and counts
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
    /// <param name="cancellationToken">Stops the search at the engine's next check (<see cref="OperationCanceledException"/>).</param>
    /// <returns>The page of hits, the exact total and the counts per facet field.</returns>
    public NewsFacetedResponse SearchWithFacets(NewsSearchRequest request, IReadOnlyList<string> facets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using NewsSearcherLease lease = AcquireLatest();
        return lease.Searcher.SearchWithFacets(request, facets, cancellationToken);
    }

    /// <summary>Searches with facet counts on a thread-pool thread, stopping when <paramref name="cancellationToken"/> fires; see <see cref="SearchWithFacets"/>.</summary>
    public Task<NewsFacetedResponse> SearchWithFacetsAsync(NewsSearchRequest request, IReadOnlyList<string> facets, CancellationToken cancellationToken = default) =>
        Task.Run(() => SearchWithFacets(request, facets, cancellationToken), cancellationToken);

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
    /// <param name="cancellationToken">Stops the search at the next label compared (<see cref="OperationCanceledException"/>).</param>
    /// <returns>The matching values with their counts.</returns>
    public IReadOnlyList<LabelAndCount> FindFacetValues(string facet, string prefix, int limit = 10, CancellationToken cancellationToken = default)
    {
        using NewsSearcherLease lease = AcquireLatest();
        return lease.Searcher.FindFacetValues(facet, prefix, limit, cancellationToken);
    }

    /// <summary>Finds facet values on a thread-pool thread, stopping when <paramref name="cancellationToken"/> fires; see <see cref="FindFacetValues(string, string, int, CancellationToken)"/>.</summary>
    public Task<IReadOnlyList<LabelAndCount>> FindFacetValuesAsync(string facet, string prefix, int limit = 10, CancellationToken cancellationToken = default) =>
        Task.Run(() => FindFacetValues(facet, prefix, limit, cancellationToken), cancellationToken);

    /// <summary>
    /// Finds the facet values matching <paramref name="prefix"/> as <see cref="FindFacetValues(string, string, int, CancellationToken)"/>
    /// does, counted among the matches of <paramref name="within"/> drill-sideways (its own selection in this facet left
    /// out, every other filter and exclusion applied): the counts a type-ahead or a "show more" shows beside a search.
    /// </summary>
    public IReadOnlyList<LabelAndCount> FindFacetValues(string facet, string prefix, int limit, NewsSearchRequest within, CancellationToken cancellationToken = default)
    {
        using NewsSearcherLease lease = AcquireLatest();
        return lease.Searcher.FindFacetValues(facet, prefix, limit, within, cancellationToken);
    }

    /// <summary>
    /// Returns the article <paramref name="id"/> of the latest commit with its title and whole body as HTML, every match
    /// of <paramref name="query"/> marked as a search's hits are, or null when it has none; throws
    /// <see cref="QueryParsing.QueryParseException"/> for a query that does not parse.
    /// </summary>
    public HighlightedArticle? GetArticle(string id, string query)
    {
        using NewsSearcherLease lease = AcquireLatest();
        return lease.Searcher.GetArticle(id, query);
    }

    /// <summary>Returns the article <paramref name="id"/> as the latest commit stores it, or null when it has none.</summary>
    public StoredArticle? GetArticle(string id)
    {
        using NewsSearcherLease lease = AcquireLatest();
        return lease.Searcher.GetArticle(id);
    }

    /// <summary>Computes statistics of the latest commit: documents, segments, bytes, languages and top facet values.</summary>
    public IndexStats GetStats(int topValues = 10)
    {
        using IEngineSnapshot snapshot = engineIndex.OpenSnapshot();
        return IndexStats.Compute(Engine, snapshot, topValues);
    }

    /// <summary>Checks every checksum and structure of the latest commit with the engine's own checker.</summary>
    public EngineVerifyResult Verify() => engineIndex.Verify();

    /// <summary>
    /// Closes the writer, dropping changes not committed, and the searchers: new searches fail, and a search still
    /// running keeps its snapshot until it ends, which then closes.
    /// </summary>
    public void Dispose()
    {
        searchers.Dispose();
        engineIndex.Dispose();
    }

    /// <summary>
    /// Closes the index as <see cref="Dispose"/> does, then completes once the searches still running on it have ended
    /// and every snapshot is closed, so no file of the folder is open any more (to move or delete it). A search lease
    /// that is never disposed keeps it waiting.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Dispose();
        await searchers.Closed.ConfigureAwait(false);
    }

    private static string ResolveEngine(string path, string? requested)
    {
        if (requested is not null && !NewsEngines.IsKnown(requested))
        {
            throw new ArgumentException($"Unknown engine '{requested}'; expected one of: {string.Join(", ", NewsEngines.Names)}.", nameof(requested));
        }

        string? recorded = RecordedEngine(path);
        if (recorded is not null && requested is not null && recorded != requested)
        {
            throw new ArgumentException(
                $"The index in '{path}' was written by the {recorded} engine and cannot be opened as {requested}; rebuild it into an empty folder to change engines.",
                nameof(requested));
        }

        return recorded ?? requested ?? NewsEngines.Default;
    }

    /// <summary>
    /// Returns the engine of the index in <paramref name="path"/>, or null when the folder holds no commit (a marker
    /// left without one names nothing yet). Folders committed before engines were recorded have no marker: a
    /// Lucene 4.8 commit has a <c>segments.gen</c> file beside <c>segments_N</c>, the native engine's has not.
    /// </summary>
    internal static string? RecordedEngine(string path)
    {
        if (!Directory.Exists(path) || !Directory.EnumerateFiles(path, "segments_*").Any())
        {
            return null;
        }

        return NewsEngines.ReadMarker(path)
            ?? (File.Exists(System.IO.Path.Combine(path, "segments.gen")) ? NewsEngines.LuceneNet : NewsEngines.Native);
    }

    private NewsSearcherLease AcquireLatest()
    {
        searchers.MaybeRefresh();
        return searchers.Acquire();
    }
}
