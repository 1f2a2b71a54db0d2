using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Search;

/// <summary>Deep paging with <see cref="NewsSearchRequest.After"/> cursors, run on each engine (the sealed subclasses at the end).</summary>
public abstract class CursorPagingTests(CursorIndex corpus)
{
    public static TheoryData<string, string?, NewsSort, int> Walks() => new()
    {
        { string.Empty, null, NewsSort.Relevance, 7 },
        { string.Empty, null, NewsSort.Date, 13 },
        { "skat regering", "da", NewsSort.Relevance, 10 },
        { "skat regering", "da", NewsSort.Date, 50 },
        { "regering OR belasting OR bank", null, NewsSort.Relevance, 25 },
        { "bank", null, NewsSort.Date, 1 },
        { string.Empty, null, NewsSort.DateOldestFirst, 11 },
        { "skat regering", "da", NewsSort.DateOldestFirst, 20 },
    };

    public static TheoryData<NewsSort> Sorts() => [NewsSort.Relevance, NewsSort.Date, NewsSort.DateOldestFirst];

    [Theory]
    [MemberData(nameof(Walks))]
    public void WalkingWithCursorsVisitsEveryHitOnceInTheOrderOfOneBigSearch(string query, string? language, NewsSort sort, int size)
    {
        var request = new NewsSearchRequest(query) { Language = language, Sort = sort, Highlight = false };
        NewsSearchResponse big = corpus.Index.Search(request with { Size = CursorIndex.Count });

        List<NewsHit> walked = Walk(request with { Size = size }, out int pages);

        Assert.True(big.Hits.Count > 100, $"{big.Hits.Count} hits");
        Assert.Equal(big.Hits.Select(static h => h.Id), walked.Select(static h => h.Id));
        Assert.Equal(walked.Count, walked.Select(static h => h.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(big.Total, walked.Count);
        Assert.Equal((walked.Count + size - 1) / size, pages);
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public void CursorPagesAreThePagesOfPageNumbersWithinTheWindow(NewsSort sort)
    {
        var request = new NewsSearchRequest("regering bank") { Sort = sort, Size = 9, Highlight = false };
        NewsSearchResponse page = corpus.Index.Search(request);
        for (int number = 2; number <= 6; number++)
        {
            NewsSearchResponse byNumber = corpus.Index.Search(request with { Page = number });
            page = corpus.Index.Search(request with { After = page.NextCursor });

            Assert.Equal(byNumber.Hits.Select(static h => (h.Id, h.Score)), page.Hits.Select(static h => (h.Id, h.Score)));
            Assert.Equal(byNumber.Total, page.Total);
            Assert.Equal(byNumber.NextCursor, page.NextCursor);
        }
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public void EqualScoresAndDatesComeInArticleIdOrder(NewsSort sort)
    {
        List<NewsHit> hits = [.. corpus.Index.Search(new NewsSearchRequest(string.Empty) { Sort = sort, Size = CursorIndex.Count, Highlight = false }).Hits];

        for (int i = 1; i < hits.Count; i++)
        {
            long? before = SortKey(hits[i - 1]);
            long? after = SortKey(hits[i]);
            if (sort == NewsSort.Relevance || before == after)
            {
                Assert.True(string.CompareOrdinal(hits[i - 1].Id, hits[i].Id) < 0, $"{hits[i - 1].Id} before {hits[i].Id}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public void FacetsAndTotalsOfCursorPagesAreThoseOfTheFirstPage(NewsSort sort)
    {
        var request = new NewsSearchRequest("regering OR bank") { Sort = sort, Size = 20, Persons = ["Anna Holm", "Bo Berg"], Highlight = false };
        NewsFacetedResponse first = corpus.Index.SearchWithFacets(request, NewsFacets.Names);
        NewsFacetedResponse page = first;
        var walked = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            walked.AddRange(page.Response.Hits.Select(static h => h.Id));
            page = corpus.Index.SearchWithFacets(request with { After = page.Response.NextCursor }, NewsFacets.Names);

            Assert.Equal(first.Response.Total, page.Response.Total);
            foreach (string field in first.DrillDown.Keys)
            {
                Assert.Equal(first.Counts(field, sideways: false)!.GetAll(), page.Counts(field, sideways: false)!.GetAll());
                Assert.Equal(first.Counts(field, sideways: true)!.GetAll(), page.Counts(field, sideways: true)!.GetAll());
            }
        }

        NewsSearchResponse plain = corpus.Index.Search(request with { Size = 80 });
        Assert.Equal(plain.Hits.Select(static h => h.Id), walked);
    }

    [Fact]
    public void OnlyAPageWithHitsAfterItHasANextCursor()
    {
        var request = new NewsSearchRequest("skat") { Language = "da", Highlight = false };
        long total = corpus.Index.Search(request).Total;

        NewsSearchResponse whole = corpus.Index.Search(request with { Size = (int)total });
        NewsSearchResponse allButOne = corpus.Index.Search(request with { Size = (int)total - 1 });
        NewsSearchResponse last = corpus.Index.Search(request with { After = allButOne.NextCursor });

        Assert.Null(whole.NextCursor);
        Assert.NotNull(allButOne.NextCursor);
        Assert.Equal([whole.Hits[^1].Id], last.Hits.Select(static h => h.Id));
        Assert.Null(last.NextCursor);
    }

    [Fact]
    public void ACursorOfTheOtherSortOrWithAPageIsRefusedNamingAfter()
    {
        string cursor = corpus.Index.Search(new NewsSearchRequest("bank") { Sort = NewsSort.Date }).NextCursor!;

        var otherSort = Assert.Throws<InvalidSearchRequestException>(() => corpus.Index.Search(new NewsSearchRequest("bank") { After = cursor }));
        var withPage = Assert.Throws<InvalidSearchRequestException>(() => corpus.Index.SearchWithFacets(new NewsSearchRequest("bank") { Sort = NewsSort.Date, After = cursor, Page = 2 }, NewsFacets.Names));

        Assert.Equal(["after"], otherSort.Errors.Select(static e => e.Parameter));
        Assert.Equal(["after"], withPage.Errors.Select(static e => e.Parameter));
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public void ACursorContinuesOnALaterSnapshotAfterDeletesAndMergesRenumberedTheArticles(NewsSort sort)
    {
        using var folder = new TempDirectory();
        using NewsIndex index = NewsIndex.Open(folder.Path, new NewsIndexOptions { Engine = corpus.Engine, Limits = CursorIndex.Limits });
        int written = 0;
        foreach (Article article in GeneratedArticles.Make(900))
        {
            index.Add(article);
            if (++written % 50 == 0)
            {
                index.Commit();
            }
        }

        index.Commit();

        // Danish only: deleting the Dutch articles changes no statistic of the Danish fields, so no score moves.
        var request = new NewsSearchRequest("skat OR regering OR bank") { Language = "da", Sort = sort, Size = 20, Highlight = false };
        List<string> expected = [.. index.Search(request with { Size = CursorIndex.Count }).Hits.Select(static h => h.Id)];
        var walked = new List<string>();
        NewsSearchResponse page;
        long generation;
        using (NewsSearcherLease before = index.AcquireSearcher())
        {
            generation = before.Searcher.Generation;
            page = before.Searcher.Search(request);
            for (int i = 0; i < 5; i++)
            {
                walked.AddRange(page.Hits.Select(static h => h.Id));
                page = before.Searcher.Search(request with { After = page.NextCursor });
            }
        }

        for (int i = 2; i < 900; i += 3)
        {
            index.Delete(GeneratedArticles.IdOf(i));
            if (i % 60 == 2)
            {
                index.Commit();
            }
        }

        index.Commit();
        index.Refresh();
        using NewsSearcherLease after = index.AcquireSearcher();
        Assert.True(after.Searcher.Generation > generation);
        Assert.Equal(600, after.Searcher.Documents);
        while (true)
        {
            walked.AddRange(page.Hits.Select(static h => h.Id));
            if (page.NextCursor is null || walked.Count > CursorIndex.Count)
            {
                break;
            }

            page = after.Searcher.Search(request with { After = page.NextCursor });
        }

        Assert.True(expected.Count > 150, $"{expected.Count} hits");
        Assert.Equal(expected, walked);
    }

    private static long? SortKey(NewsHit hit) => ArticleDate.TryParse(hit.Date, out ArticleDate date) ? date.SortKey : null;

    private List<NewsHit> Walk(NewsSearchRequest request, out int pages)
    {
        var hits = new List<NewsHit>();
        NewsSearchResponse page = corpus.Index.Search(request);
        pages = 1;
        while (true)
        {
            hits.AddRange(page.Hits);
            if (page.NextCursor is null || pages > CursorIndex.Count)
            {
                return hits;
            }

            page = corpus.Index.Search(request with { After = page.NextCursor });
            pages++;
        }
    }
}

public sealed class CursorPagingTestsOnNative(NativeCursorIndex corpus) : CursorPagingTests(corpus), IClassFixture<NativeCursorIndex>;

public sealed class CursorPagingTestsOnLuceneNet(LuceneNetCursorIndex corpus) : CursorPagingTests(corpus), IClassFixture<LuceneNetCursorIndex>;
