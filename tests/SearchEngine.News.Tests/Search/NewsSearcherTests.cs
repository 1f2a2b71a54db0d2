using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.QueryParsing;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Search;

/// <summary>The searcher's contract, run on each engine (the sealed subclasses at the end).</summary>
public abstract class NewsSearcherTests : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly NewsIndex index;
    private readonly NewsSearcherLease lease;
    private readonly NewsSearcher searcher;

    protected NewsSearcherTests(string engine)
    {
        index = NewsIndex.Open(folder.Path, new NewsIndexOptions { Engine = engine });
        {
            NewsIndex writer = index;
            Add(writer, "da1", "da", "2022-01-11", "Tilbagetrækning af styrker", "Tilbagetrækningen af de russiske styrker begynder.", ["Kasym-Jomart Tokajev"], ["CSTO"]);
            Add(writer, "da2", "da", "2021-12", "Regeringen vil sænke skatten", "Regeringen vil ikke sænke skatten i år.", ["Mette Frederiksen"], []);
            Add(writer, "nl1", "nl", "2022-01-12", "Terugtrekking van troepen", "De terugtrekking van de troepen begint.", ["Kassym-Jomart Tokajev"], ["CSTO"]);
            Add(writer, "nl2", "nl", "2023", "De regering wil belastingen verlagen", "De regering wil de belastingen niet verlagen.", ["Mark Rutte"], ["Tweede Kamer"]);
            writer.Commit();
        }

        lease = index.AcquireSearcher();
        searcher = lease.Searcher;
    }

    [Theory]
    [InlineData("tilbagetrækning", "da", "da1")]
    [InlineData("terugtrekking", "nl", "nl1")]
    [InlineData("regeringen", null, "da2 nl2")]
    [InlineData("\"sænke skatten\"", "da", "da2")]
    [InlineData("\"skatten sænke\"~2", "da", "da2")]
    [InlineData("belast* AND NOT skatten", null, "nl2")]
    [InlineData("regering* AND NOT skatten", null, "")]
    [InlineData("person:\"Mette Frederiksen\"", null, "da2")]
    [InlineData("org:CSTO", null, "da1 nl1")]
    [InlineData("date:2022", null, "da1 nl1")]
    [InlineData("date:[2021-12 TO 2022-01]", null, "da1 da2 nl1")]
    [InlineData("date:{2021-12 TO 2022-01]", null, "da1 nl1")]
    [InlineData("lang:nl", null, "nl1 nl2")]
    [InlineData("title:regeringen", "da", "da2")]
    [InlineData("", null, "da1 da2 nl1 nl2")]
    [InlineData("og i at", "da", "")]
    public void QueriesMatchTheExpectedArticles(string query, string? language, string expected)
    {
        NewsSearchResponse response = searcher.Search(new NewsSearchRequest(query) { Language = language });

        Assert.Equal(expected, string.Join(' ', response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal)));
        Assert.Equal(response.Hits.Count, response.Total);
    }

    [Fact]
    public void FiltersAreAlternativesWithinAndRequiredAcrossDimensions()
    {
        var request = new NewsSearchRequest(string.Empty)
        {
            Persons = ["Kasym-Jomart Tokajev", "Mark Rutte"],
            Organizations = ["CSTO"],
            Date = new DateFilter(ArticleDate.Parse("2022-01"), null),
        };

        Assert.Equal(["da1"], searcher.Search(request).Hits.Select(h => h.Id));
    }

    [Fact]
    public void DateSortPutsTheNewestFirstAndUndatedLast()
    {
        NewsSearchResponse response = searcher.Search(new NewsSearchRequest(string.Empty) { Sort = NewsSort.Date });

        Assert.Equal(["nl2", "nl1", "da1", "da2"], response.Hits.Select(h => h.Id));
    }

    [Fact]
    public void OldestFirstSortPutsTheOldestFirst()
    {
        NewsSearchResponse response = searcher.Search(new NewsSearchRequest(string.Empty) { Sort = NewsSort.DateOldestFirst });

        Assert.Equal(["da2", "da1", "nl1", "nl2"], response.Hits.Select(h => h.Id));
    }

    [Fact]
    public void CursorPagesContinueWhereTheLastPageEnded()
    {
        var all = searcher.Search(new NewsSearchRequest(string.Empty) { Size = 4 }).Hits.Select(h => h.Id).ToList();
        var paged = new List<string>();
        string? cursor = null;
        do
        {
            NewsSearchResponse page = searcher.Search(new NewsSearchRequest(string.Empty) { Size = 1, After = cursor });
            paged.AddRange(page.Hits.Select(h => h.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null && paged.Count < 10);

        Assert.Equal(all, paged);
        Assert.Equal(["da1", "da2", "nl1", "nl2"], paged);
    }

    [Fact]
    public void AMalformedCursorIsRejectedNamingAfter()
    {
        var error = Assert.Throws<InvalidSearchRequestException>(() => searcher.Search(new NewsSearchRequest("regeringen") { After = "not-a-cursor" }));
        Assert.Equal("after", error.ParamName);
    }

    [Fact]
    public void HitsCarryTheirStoredFields()
    {
        NewsHit hit = searcher.Search(new NewsSearchRequest("tilbagetrækning") { Language = "da" }).Hits.Single();

        Assert.Equal(("da1", "da", "Tilbagetrækning af styrker", "2022-01-11"), (hit.Id, hit.Language, hit.Title, hit.Date));
        Assert.Equal(["Kasym-Jomart Tokajev"], hit.Persons);
        Assert.Equal(["CSTO"], hit.Organizations);
        Assert.True(hit.Score > 0);
    }

    [Theory]
    [InlineData("(regeringen", 0)]
    [InlineData("\"sænke skatten", 0)]
    [InlineData("regeringen AND", 14)]
    [InlineData("date:2022-13", 0)]
    public void MalformedQueriesAreParseErrorsWithAPosition(string query, int position)
    {
        var error = Assert.Throws<QueryParseException>(() => searcher.Search(new NewsSearchRequest(query)));

        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(101, 1)]
    [InlineData(10, 0)]
    [InlineData(100, 101)]
    public void PageAndSizeOutsideTheLimitsAreRejected(int size, int page)
    {
        Assert.Throws<InvalidSearchRequestException>(() => searcher.Search(new NewsSearchRequest("regeringen") { Size = size, Page = page }));
    }

    [Fact]
    public void RandomQueryTextNeverThrowsAnythingButAParseError()
    {
        var random = new Random(42);
        const string alphabet = "ab æøå\"():*~^[]{}+-!&|\\/:TOANDORNOT title person date 2022-01 ";
        for (int i = 0; i < 20_000; i++)
        {
            char[] text = new char[random.Next(0, 40)];
            for (int c = 0; c < text.Length; c++)
            {
                text[c] = random.Next(10) == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)];
            }

            try
            {
                searcher.Search(new NewsSearchRequest(new string(text)) { Language = random.Next(3) switch { 0 => "da", 1 => "nl", _ => null } });
            }
            catch (QueryParseException)
            {
                // The only acceptable failure.
            }
        }
    }

    public void Dispose()
    {
        lease.Dispose();
        index.Dispose();
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private static void Add(NewsIndex writer, string id, string language, string date, string title, string body, string[] persons, string[] organizations) =>
        writer.Add(new Article(id, language, ArticleDate.Parse(date), title, body, persons, organizations));
}

public sealed class NewsSearcherTestsOnNative() : NewsSearcherTests(NewsEngines.Native);

public sealed class NewsSearcherTestsOnLuceneNet() : NewsSearcherTests(NewsEngines.LuceneNet);
