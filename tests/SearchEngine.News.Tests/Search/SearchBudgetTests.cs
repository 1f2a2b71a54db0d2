using System.Globalization;
using SearchEngine.Analysis;
using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.Querying;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Search;

/// <summary>
/// What one search may spend, on each engine (the sealed subclasses at the end): a cap on the terms a prefix or range
/// expands to, the caller's cancellation, and the time budget.
/// </summary>
public abstract class SearchBudgetTests : IDisposable
{
    private const int DistinctWords = 300;
    private readonly TempDirectory folder = new();
    private readonly string engine;

    protected SearchBudgetTests(string engine)
    {
        this.engine = engine;
        using NewsIndex writer = NewsIndex.Open(folder.Path, new NewsIndexOptions { Engine = engine });

        // Every article has a word of its own starting with "zeta", and the words "alpha" and "beta".
        for (int i = 0; i < DistinctWords; i++)
        {
            string word = "zeta" + i.ToString("D4", CultureInfo.InvariantCulture) + "x";
            writer.Add(new Article("a" + i.ToString(CultureInfo.InvariantCulture), "da", ArticleDate.Parse("2022-01-11"), "alpha " + word, "beta " + word, [], []));
            if (i == DistinctWords / 2)
            {
                // Two segments at least, so the limit is counted over segments.
                writer.Commit();
            }
        }

        writer.Commit();
    }

    public static TheoryData<int, bool> ExpansionLimits => new()
    {
        // The prefix becomes one prefix query per field (title, body), each expanding to the 300 words.
        { 0, true },
        { DistinctWords, true },
        { DistinctWords - 1, false },
        { 10, false },
    };

    [Theory]
    [MemberData(nameof(ExpansionLimits))]
    public void APrefixBroaderThanTheExpansionLimitIsAnInvalidRequestOnQ(int limit, bool allowed)
    {
        using NewsIndex index = Open(new NewsSearchLimits { MaxTermExpansions = limit });
        var request = new NewsSearchRequest("zeta*") { Language = "da", Highlight = false };

        if (allowed)
        {
            Assert.Equal(DistinctWords, index.Search(request).Total);
            Assert.Equal(DistinctWords, index.SearchWithFacets(request, NewsFacets.Names).Response.Total);
            return;
        }

        var plain = Assert.Throws<InvalidSearchRequestException>(() => index.Search(request));
        var faceted = Assert.Throws<InvalidSearchRequestException>(() => index.SearchWithFacets(request, NewsFacets.Names));
        foreach (InvalidSearchRequestException refused in new[] { plain, faceted })
        {
            RequestError error = Assert.Single(refused.Errors);
            Assert.Equal("q", error.Parameter);
            Assert.Contains("zeta*", error.Message, StringComparison.Ordinal);
            Assert.Contains(limit.ToString("N0", CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
            Assert.Contains("MaxTermExpansions", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ATermRangeCountsTowardTheExpansionLimitInTheEngine()
    {
        using NewsIndex index = Open(new NewsSearchLimits());
        using NewsSearcherLease lease = index.AcquireSearcher();
        IEngineSnapshot snapshot = lease.Searcher.Snapshot;
        var range = new TermRangeQuery(NewsFields.Id, "a", "b", IncludeLower: true, IncludeUpper: false);

        var refused = Assert.Throws<TermExpansionLimitException>(() => snapshot.Search(range, 10, budget: new EngineQueryBudget(20, CancellationToken.None)));
        Assert.Equal(20, refused.Limit);
        Assert.Equal(NewsFields.Id, refused.Field);
        Assert.Equal(DistinctWords, snapshot.Search(range, 10, budget: new EngineQueryBudget(DistinctWords, CancellationToken.None)).TotalHits);
    }

    [Fact]
    public void ACancelledCallerStopsTheSearchAsCancelledNotAsOverBudget()
    {
        using NewsIndex index = Open(new NewsSearchLimits());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var request = new NewsSearchRequest("beta") { Highlight = false };

        Assert.ThrowsAny<OperationCanceledException>(() => index.Search(request, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => index.SearchWithFacets(request, NewsFacets.Names, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => index.FindFacetValues("person", "a", cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => index.FindFacetValues("person", string.Empty, cancellationToken: cancelled.Token));
        Assert.NotNull(index.FindFacetValues("person", "a"));
    }

    [Fact]
    public void EachEngineStopsAtItsChecksWhenTheBudgetsTokenIsCancelled()
    {
        using NewsIndex index = Open(new NewsSearchLimits());
        using NewsSearcherLease lease = index.AcquireSearcher();
        IEngineSnapshot snapshot = lease.Searcher.Snapshot;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var budget = new EngineQueryBudget(0, cancelled.Token);
        var prefix = new PrefixQuery(NewsFields.Id, "a");

        Assert.ThrowsAny<OperationCanceledException>(() => snapshot.Search(prefix, 10, budget: budget));
        Assert.ThrowsAny<OperationCanceledException>(() => snapshot.Search(new MatchAllDocsQuery(), 10, budget: budget));
        Assert.ThrowsAny<OperationCanceledException>(() => snapshot.SearchWithFacets(new MatchAllDocsQuery(), [DrillDimension.AnyOf(NewsFields.Language, "da")], [NewsFields.Language], 10, budget: budget));
        Assert.Equal(DistinctWords, snapshot.Search(prefix, 10).TotalHits);
    }

    [Fact]
    public void ASearchPastItsTimeBudgetThrowsBudgetExceeded()
    {
        using NewsIndex index = Open(new NewsSearchLimits());
        using NewsSearcherLease lease = index.AcquireSearcher();
        var budget = TimeSpan.FromMilliseconds(50);
        var slow = new WaitingSnapshot(lease.Searcher.Snapshot);
        var searcher = new NewsSearcher(slow, AnalyzerRegistry.Get, new NewsSearchLimits { SearchBudget = budget });
        var request = new NewsSearchRequest("beta") { Highlight = false };

        var plain = Assert.Throws<SearchBudgetExceededException>(() => searcher.Search(request));
        var faceted = Assert.Throws<SearchBudgetExceededException>(() => searcher.SearchWithFacets(request, NewsFacets.Names));
        Assert.Equal(budget, plain.Budget);
        Assert.Equal(budget, faceted.Budget);
        Assert.Contains("50 ms", plain.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInfiniteTimeBudgetLetsTheSearchFinish()
    {
        using NewsIndex index = Open(new NewsSearchLimits { SearchBudget = Timeout.InfiniteTimeSpan });

        Assert.Equal(DistinctWords, index.Search(new NewsSearchRequest("beta") { Highlight = false }).Total);
    }

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private NewsIndex Open(NewsSearchLimits limits) => NewsIndex.Open(folder.Path, new NewsIndexOptions { Engine = engine, Limits = limits });

    /// <summary>A snapshot whose searches take until their token is cancelled (at most 30 s, then they answer).</summary>
    private sealed class WaitingSnapshot(IEngineSnapshot inner) : IEngineSnapshot
    {
        public long Generation => inner.Generation;

        public int NumDocs => inner.NumDocs;

        public int MaxDoc => inner.MaxDoc;

        public int SegmentCount => inner.SegmentCount;

        public long Bytes => inner.Bytes;

        public IReadOnlyDictionary<string, string> UserData => inner.UserData;

        public IEngineSnapshot? OpenIfChanged() => null;

        public EngineTopDocs Search(Query query, int n, HitOrder? order = null, HitPosition? after = null, bool exactTotal = true, EngineQueryBudget budget = default)
        {
            Wait(budget);
            return inner.Search(query, n, order, after, exactTotal, budget);
        }

        public EngineFacetedTopDocs SearchWithFacets(Query baseQuery, IReadOnlyList<DrillDimension> dimensions, IReadOnlyList<string> facetFields, int n, HitOrder? order = null, HitPosition? after = null, EngineQueryBudget budget = default)
        {
            Wait(budget);
            return inner.SearchWithFacets(baseQuery, dimensions, facetFields, n, order, after, budget);
        }

        public FacetCounts CountValues(string field, Func<string, bool>? accept = null) => inner.CountValues(field, accept);

        public void LoadValues(int doc, string field, List<string> values) => inner.LoadValues(doc, field, values);

        public IReadOnlyList<KeyValuePair<string, string>> LoadStored(int doc, IReadOnlySet<string> fields) => inner.LoadStored(doc, fields);

        public long DocCount(string field) => inner.DocCount(field);

        public long DocFreq(string field, string term) => inner.DocFreq(field, term);

        public void Dispose()
        {
        }

        private static void Wait(EngineQueryBudget budget) => budget.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
    }
}

public sealed class SearchBudgetTestsOnNative() : SearchBudgetTests(NewsEngines.Native);

public sealed class SearchBudgetTestsOnLuceneNet() : SearchBudgetTests(NewsEngines.LuceneNet);
