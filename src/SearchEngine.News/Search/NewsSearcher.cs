using System.Diagnostics;
using SearchEngine.Analysis;
using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Facets;
using SearchEngine.News.Querying;
using SearchEngine.News.QueryParsing;

namespace SearchEngine.News.Search;

/// <summary>
/// Searches one point-in-time snapshot of a news index, whatever its engine: parses the query, analyses it per
/// language with the engine's own analyzers, applies the filters, lets the engine rank with BM25, and loads and
/// highlights the hits. Thread-safe; obtained from <see cref="Indexing.NewsIndex.AcquireSearcher"/>.
/// </summary>
public sealed partial class NewsSearcher
{
    private readonly QueryParser parser;
    private readonly Func<string, Analyzer> analyzers;

    internal NewsSearcher(IEngineSnapshot snapshot, Func<string, Analyzer> analyzers, NewsSearchLimits limits)
    {
        Snapshot = snapshot;
        this.analyzers = analyzers;
        Limits = limits;
        parser = new QueryParser(new QueryParserOptions
        {
            Fields = NewsQueryBuilder.QueryFields,
            MaxQueryLength = Limits.MaxQueryLength,
            MaxClauseCount = Limits.MaxClauses,
        });
        CreateHighlighters();
    }

    /// <summary>Gets the generation of the commit searched: a later commit has a larger one.</summary>
    public long Generation => Snapshot.Generation;

    /// <summary>Gets the number of live articles in the commit searched.</summary>
    public int Documents => Snapshot.NumDocs;

    /// <summary>Gets the number of segments of the commit searched.</summary>
    public int Segments => Snapshot.SegmentCount;

    /// <summary>Gets the key/value pairs recorded with the commit searched (<see cref="Indexing.NewsIndex.Commit"/>'s user data); empty when none, and a merge's commit keeps the previous ones.</summary>
    public IReadOnlyDictionary<string, string> CommitUserData => Snapshot.UserData;

    /// <summary>Gets the limits requests are held to.</summary>
    public NewsSearchLimits Limits { get; }

    /// <summary>Gets the engine's snapshot searched.</summary>
    internal IEngineSnapshot Snapshot { get; }

    /// <summary>
    /// Runs <paramref name="request"/>, highlighting the page's hits unless it says not to; throws
    /// <see cref="QueryParseException"/> (with the position) for a query that does not parse and
    /// <see cref="ArgumentException"/> naming the parameter for a bad page, size, language or snippet setting (an
    /// <see cref="InvalidSearchRequestException"/> also for a prefix or range broader than
    /// <see cref="NewsSearchLimits.MaxTermExpansions"/>), <see cref="SearchBudgetExceededException"/> past
    /// <see cref="NewsSearchLimits.SearchBudget"/>, and <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellationToken"/> stops it.
    /// </summary>
    public NewsSearchResponse Search(NewsSearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stopwatch = Stopwatch.StartNew();
        Validate(request);
        using var run = new SearchRun(Limits, cancellationToken);
        try
        {
            return RunSearch(request, run, stopwatch);
        }
        catch (Exception e) when (run.Translate(e) is { } translated)
        {
            throw translated;
        }
    }

    private NewsSearchResponse RunSearch(NewsSearchRequest request, SearchRun run, Stopwatch stopwatch)
    {
        Query query = BuildQuery(request);
        (int first, int n, HitPosition? after) = PageOf(request);
        EngineTopDocs top = Snapshot.Search(query, n, OrderOf(request), after, request.ExactTotal, run.Budget);
        return ToResponse(request, top, first, HighlightOf(request, query), run, stopwatch);
    }

    /// <summary>
    /// Returns the page's hits (from <paramref name="first"/>, at most the page size) and, when <paramref name="top"/>
    /// holds one hit more than the page, the cursor after the page's last hit.
    /// </summary>
    private NewsSearchResponse ToResponse(NewsSearchRequest request, EngineTopDocs top, int first, PageHighlight? highlight, SearchRun run, Stopwatch stopwatch)
    {
        IReadOnlyList<EngineScoreDoc> docs = top.ScoreDocs;
        int end = Math.Min(docs.Count, first + request.Size);
        var hits = new List<NewsHit>(Math.Max(0, end - first));
        for (int i = first; i < end; i++)
        {
            run.ThrowIfStopped();
            hits.Add(LoadHit(docs[i], highlight));
        }

        string? next = docs.Count > end && hits.Count > 0 ? NextCursor(request.Sort, hits[^1]) : null;
        return new NewsSearchResponse(top.TotalHits, top.TotalIsExact, hits, stopwatch.Elapsed, next);
    }

    /// <summary>
    /// Returns where the page starts in the engine's hits, how many to ask for (one past the page, to know whether a
    /// next page exists), and the position to continue after when the request has a cursor (already validated).
    /// </summary>
    private static (int First, int N, HitPosition? After) PageOf(NewsSearchRequest request)
    {
        if (request.After is string text)
        {
            if (!SearchCursor.TryDecode(text, out SearchCursor cursor, out string? problem))
            {
                throw new InvalidSearchRequestException([new RequestError("after", problem)]);
            }

            return (0, request.Size + 1, cursor.Position);
        }

        int first = (request.Page - 1) * request.Size;
        return (first, first + request.Size + 1, null);
    }

    /// <summary>The cursor after <paramref name="last"/>: its date (in date order), score and id, the values the order compares.</summary>
    private static string NextCursor(NewsSort sort, NewsHit last)
    {
        long? date = (sort is NewsSort.Date or NewsSort.DateOldestFirst) && ArticleDate.TryParse(last.Date, out ArticleDate parsed) ? parsed.SortKey : null;
        return new SearchCursor(sort, new HitPosition(date, last.Score, last.Id)).Encode();
    }

    /// <summary>Parses and builds the engine-neutral query of <paramref name="request"/>, filters included.</summary>
    internal Query BuildQuery(NewsSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        QueryNode node = parser.Parse(request.Query);
        var builder = new BooleanQueryBuilder();
        Query? main;
        if (node is MatchAllNode)
        {
            // Every article, whatever its language: scored 1 as Lucene's MatchAllDocsQuery.
            main = new MatchAllDocsQuery();
            if (request.Language is string only)
            {
                builder.Add(new TermQuery(Indexing.NewsFields.Language, only), Occur.Filter);
            }
        }
        else if (request.Language is string language)
        {
            main = NewsQueryBuilder.Build(node, language, analyzers(language));
            builder.Add(new TermQuery(Indexing.NewsFields.Language, language), Occur.Filter);
        }
        else
        {
            // Each article matches through its own language: the query analysed as Danish searches the Danish
            // fields, analysed as Dutch the Dutch ones.
            var either = new BooleanQueryBuilder();
            foreach (string code in AnalyzerRegistry.Languages)
            {
                if (NewsQueryBuilder.Build(node, code, analyzers(code)) is Query perLanguage)
                {
                    either.Add(perLanguage, Occur.Should);
                }
            }

            main = either.Count == 0 ? null : either.Build();
        }

        if (main is null)
        {
            // Only stop words: nothing can match, as in Lucene.
            return BooleanQuery.Empty;
        }

        builder.Add(main, Occur.Must);
        AddFilters(builder, request);
        return builder.Count == 1 ? main : builder.Build();
    }

    /// <summary>
    /// Finds the values of the <c>person</c> or <c>organization</c> facet matching <paramref name="prefix"/>
    /// directly or through an alias (<see cref="NewsFacetValues"/>), with their article counts, most frequent first;
    /// <paramref name="cancellationToken"/> stops it at the next label (<see cref="OperationCanceledException"/>).
    /// </summary>
    public IReadOnlyList<LabelAndCount> FindFacetValues(string facet, string prefix, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facet);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (!NewsFacets.Searchable.Contains(facet))
        {
            throw new ArgumentException($"Facet values can be searched for {string.Join(" and ", NewsFacets.Searchable)}, not '{facet}'.", nameof(facet));
        }

        return NewsFacetValues.Find(Snapshot, facet, prefix, limit, within: null, cancellationToken);
    }

    /// <summary>
    /// Finds the values of the <c>person</c> or <c>organization</c> facet matching <paramref name="prefix"/> (empty:
    /// the most frequent) among the matches of <paramref name="within"/>, counted drill-sideways as the search's own
    /// facets are: the request's selected values of this facet are left out, so that the counts say what adding a
    /// value would find, while every other filter and every exclusion applies; its page, order and cursor are ignored.
    /// </summary>
    /// <exception cref="ArgumentException">The facet is not searchable, or <paramref name="within"/> is not valid.</exception>
    /// <exception cref="SearchBudgetExceededException">Counting ran past <see cref="NewsSearchLimits.SearchBudget"/>.</exception>
    public IReadOnlyList<LabelAndCount> FindFacetValues(string facet, string prefix, int limit, NewsSearchRequest within, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facet);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(within);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (!NewsFacets.Searchable.Contains(facet))
        {
            throw new ArgumentException($"Facet values can be searched for {string.Join(" and ", NewsFacets.Searchable)}, not '{facet}'.", nameof(facet));
        }

        NewsSearchRequest request = within with { Page = 1, Size = 1, After = null, Sort = NewsSort.Relevance, Highlight = false };
        Validate(request);
        FacetCounts counts;
        using (var run = new SearchRun(Limits, cancellationToken))
        {
            try
            {
                counts = Faceted(request, [facet], 1, null, run).Result.Sideways[facet];
            }
            catch (Exception e) when (run.Translate(e) is { } translated)
            {
                throw translated;
            }
        }

        return NewsFacetValues.Find(Snapshot, facet, prefix, limit, counts, cancellationToken);
    }

    /// <summary>
    /// The order of every page: relevance, newest or oldest first, ties by the article id, so that a page is the same
    /// whichever snapshot serves it and a cursor continues exactly where the previous page ended.
    /// </summary>
    private static HitOrder OrderOf(NewsSearchRequest request) => new(Indexing.NewsFields.Id, request.Sort switch
    {
        NewsSort.Date => new SortByNumericField(Indexing.NewsFields.Date, Descending: true),
        NewsSort.DateOldestFirst => new SortByNumericField(Indexing.NewsFields.Date, Descending: false),
        _ => null,
    });
}
