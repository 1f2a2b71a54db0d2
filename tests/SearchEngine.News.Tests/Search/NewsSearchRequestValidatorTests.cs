using SearchEngine.News.Querying;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Search;

public sealed class NewsSearchRequestValidatorTests
{
    private static readonly string RelevanceCursor = new SearchCursor(NewsSort.Relevance, new HitPosition(null, 2f, "da-1")).Encode();
    private static readonly string DateCursor = new SearchCursor(NewsSort.Date, new HitPosition(20_200_101, 2f, "da-1")).Encode();

    public static TheoryData<string, NewsSort, int, string> Cursors() => new()
    {
        { "relevance", NewsSort.Relevance, 1, string.Empty },
        { "date", NewsSort.Date, 1, string.Empty },
        { "relevance", NewsSort.Date, 1, "after" },
        { "date", NewsSort.Relevance, 1, "after" },
        { "relevance", NewsSort.Relevance, 2, "after" },
        { "garbage", NewsSort.Relevance, 1, "after" },
        { "tampered", NewsSort.Relevance, 1, "after" },
    };

    [Theory]
    [MemberData(nameof(Cursors))]
    public void ACursorIsValidOnlyWellFormedWithItsOwnSortAndTheFirstPage(string cursor, NewsSort sort, int page, string error)
    {
        string after = cursor switch
        {
            "relevance" => RelevanceCursor,
            "date" => DateCursor,
            "tampered" => RelevanceCursor[..^2] + (RelevanceCursor[^2] == 'A' ? "B" : "A") + RelevanceCursor[^1],
            _ => "bm90IGEgY3Vyc29y",
        };
        var request = new NewsSearchRequest("rente") { Sort = sort, Page = page, After = after };

        IReadOnlyList<RequestError> errors = NewsSearchRequestValidator.Check(request, new NewsSearchLimits());

        Assert.Equal(error, string.Join(",", errors.Select(static e => e.Parameter)));
    }

    [Fact]
    public void ACursorGoesPastTheResultWindowThatLimitsPageNumbers()
    {
        var limits = new NewsSearchLimits { MaxPageSize = 10, MaxResultWindow = 20 };

        IReadOnlyList<RequestError> paged = NewsSearchRequestValidator.Check(new NewsSearchRequest("rente") { Page = 3, Size = 10 }, limits);
        IReadOnlyList<RequestError> cursor = NewsSearchRequestValidator.Check(new NewsSearchRequest("rente") { Size = 10, After = RelevanceCursor }, limits);

        Assert.Equal(["page"], paged.Select(static e => e.Parameter));
        Assert.Empty(cursor);
    }
}
