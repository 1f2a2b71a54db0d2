using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>
/// The order (relevance, newest, oldest) and the page size (10, 20, 50) are controls of the page, kept in its URL and
/// sent to the API; over the repository's sample articles, more than the largest page.
/// </summary>
public sealed class ResultOrderAndSizeTests(RepositoryArticlesServer sample, ChromiumFixture chromium)
    : IClassFixture<RepositoryArticlesServer>, IClassFixture<ChromiumFixture>
{
    private const string Query = "rente OR vind* OR havvind OR windpark OR regering";

    private readonly RunningServer server = sample.Server;

    [Theory]
    [InlineData("", "relevance", "date")]
    [InlineData("date", "date", "oldest")]
    [InlineData("oldest", "oldest", "date")]
    public async Task ChoosingAnOrderShowsTheHitsInTheApisOrder(string option, string apiSort, string startFrom)
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync($"/?q={Uri.EscapeDataString(Query)}&sort={startFrom}");
        string[] before = await SearchPage.TitlesAsync(page);

        await page.GetByLabel("Sort by").SelectOptionAsync(option);
        await session.SettledAsync();

        JsonElement api = await server.GetJsonAsync($"/api/search?q={Uri.EscapeDataString(Query)}&sort={apiSort}");
        string[] expected = [.. api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!)];
        Assert.Equal(option.Length == 0 ? null : option, PageAddress.Value(page.Url, "sort"));
        Assert.Equal(expected, await SearchPage.TitlesAsync(page));
        Assert.NotEqual(before, expected);
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Theory]
    [InlineData(10, 20)]
    [InlineData(20, 10)]
    [InlineData(50, 10)]
    public async Task ChoosingAPageSizeShowsThatManyHitsAndKeepsItInTheUrl(int size, int startFrom)
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync($"/?size={startFrom}");
        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(startFrom);

        await page.GetByLabel("Per page").SelectOptionAsync(size.ToString(CultureInfo.InvariantCulture));
        await session.SettledAsync();

        long total = (await server.GetJsonAsync("/api/search")).GetProperty("total").GetInt64();
        Assert.True(total > 50, $"the sample has more articles than the largest page ({total})");
        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(size);
        Assert.Equal(size.ToString(CultureInfo.InvariantCulture), PageAddress.Value(page.Url, "size"));
        await Assertions.Expect(SearchPage.Status(page)).ToContainTextAsync($"1–{size}");

        await page.ReloadAsync();
        await session.SettledAsync();

        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(size);
        await Assertions.Expect(page.GetByLabel("Per page")).ToHaveValueAsync(size.ToString(CultureInfo.InvariantCulture));
        session.AssertNoScriptErrorsOrOutsideRequests();
    }
}
