using System.Text.Json;
using Microsoft.Playwright;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>
/// The article page (<c>/article/{id}</c>), over the repository's sample articles: opened from a result's title or by
/// its address, it shows the whole article with the search's matches marked, in the article's language; its persons
/// lead to the filtered results, and its back link to the same results page it was opened from.
/// </summary>
public sealed class ArticlePageTests(RepositoryArticlesServer sample, ChromiumFixture chromium)
    : IClassFixture<RepositoryArticlesServer>, IClassFixture<ChromiumFixture>
{
    private const string Query = "rente OR vind* OR havvind OR windpark OR regering";

    /// <summary>A results page with a query, filters (a language, an exclusion), an order, a page past the first and a size.</summary>
    private static readonly string ResultsPage =
        $"/?q={Uri.EscapeDataString(Query)}&lang=da&notorganization=DR&sort=oldest&page=2&size=10&ui=en";

    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task AResultsTitleOpensTheWholeArticleMarkedAndItsBackLinkReturnsToTheSameResults()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync(ResultsPage);
        string resultsUrl = page.Url;
        string[] titles = await SearchPage.TitlesAsync(page);
        Assert.Equal(10, titles.Length);
        JsonElement hits = await server.GetJsonAsync($"/api/search?q={Uri.EscapeDataString(Query)}&lang=da&notorganization=DR&sort=oldest&page=2&size=10");
        string id = hits.GetProperty("hits")[0].GetProperty("id").GetString()!;

        await SearchPage.HitTitles(page).First.GetByRole(AriaRole.Link).ClickAsync();
        await ArticlePage.SettledAsync(page);

        Uri address = new(page.Url);
        Assert.Equal($"/article/{Uri.EscapeDataString(id)}", address.AbsolutePath);
        foreach (string name in new[] { "q", "lang", "notorganization", "sort", "page", "size", "ui" })
        {
            Assert.Equal(PageAddress.Values(resultsUrl, name), PageAddress.Values(page.Url, name));
        }

        JsonElement article = await server.GetJsonAsync($"/api/articles/{Uri.EscapeDataString(id)}?q={Uri.EscapeDataString(Query)}");
        await AssertShowsAsync(page, article);

        // The same address in a page of its own shows the same.
        await using (PageSession direct = await chromium.OpenAsync(server.Address))
        {
            await ArticlePage.GotoAsync(direct.Page, address.PathAndQuery);
            await AssertShowsAsync(direct.Page, article);
            direct.AssertNoScriptErrorsOrOutsideRequests();
        }

        await ArticlePage.Back(page).ClickAsync();
        await session.SettledAsync();

        Assert.Equal(new Uri(resultsUrl).PathAndQuery, new Uri(page.Url).PathAndQuery);
        Assert.Equal(titles, await SearchPage.TitlesAsync(page));
        await Assertions.Expect(SearchPage.SearchBox(page)).ToHaveValueAsync(Query);
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task APersonOfTheArticleLeadsToTheResultsFilteredByThatPerson()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        JsonElement article = await server.GetJsonAsync("/api/articles/da-2021-01-havvind-udbud");
        string person = article.GetProperty("persons")[0].GetString()!;
        await ArticlePage.GotoAsync(page, "/article/da-2021-01-havvind-udbud?q=havvind&page=3&ui=en");

        await ArticlePage.EntityLink(page, "person", person).ClickAsync();
        await session.SettledAsync();

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        Assert.Equal([person], PageAddress.Values(page.Url, "person"));
        Assert.Equal("havvind", PageAddress.Value(page.Url, "q"));
        Assert.Null(PageAddress.Value(page.Url, "page"));
        JsonElement api = await server.GetJsonAsync($"/api/search?q=havvind&person={Uri.EscapeDataString(person)}");
        int total = api.GetProperty("total").GetInt32();
        Assert.True(total > 0);
        await Assertions.Expect(SearchPage.Status(page)).ToContainTextAsync(total == 1 ? "1 article" : $"{total} articles");
        await Assertions.Expect(SearchPage.Chips(page)).ToHaveCountAsync(1);
        await Assertions.Expect(SearchPage.Chips(page)).ToContainTextAsync(person);
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Theory]
    [InlineData("en", "There is no article at this address.")]
    [InlineData("da", "Der er ingen artikel på denne adresse.")]
    [InlineData("nl", "Op dit adres staat geen artikel.")]
    public async Task AnUnknownIdSaysThereIsNoSuchArticle(string ui, string message)
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;

        await ArticlePage.GotoAsync(page, $"/article/no-such-article?q=havvind&ui={ui}");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(message);
        await Assertions.Expect(page.Locator("#article")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", ui);
        Assert.Equal("havvind", PageAddress.Value(await ArticlePage.Back(page).EvaluateAsync<string>("a => a.href"), "q"));
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task AQueryThatDoesNotParseShowsTheArticleUnmarkedAndSaysWhy()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        using HttpResponseMessage problem = await server.Client.GetAsync("/api/articles/da-2021-01-havvind-udbud?q=title:(vind%20AND", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, problem.StatusCode);

        await ArticlePage.GotoAsync(page, "/article/da-2021-01-havvind-udbud?q=title:(vind%20AND&ui=en");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The search in this address does not parse, so nothing is highlighted.");
        await Assertions.Expect(ArticlePage.Text(page)).ToContainTextAsync("Det er det største udbud af havvind");
        await Assertions.Expect(page.Locator("#article mark")).ToHaveCountAsync(0);
        Assert.Equal("title:(vind AND", PageAddress.Value(await ArticlePage.Back(page).EvaluateAsync<string>("a => a.href"), "q"));
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task ThePageLanguageSwitchesTheArticlePageAndKeepsTheWayBack()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address, locale: "en-GB");
        IPage page = session.Page;
        await ArticlePage.GotoAsync(page, "/article/da-2021-01-havvind-udbud?q=havvind&size=20");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator(".article-facts")).ToContainTextAsync("19 January 2021");

        await page.Locator("#ui-lang").SelectOptionAsync("nl");

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(ArticlePage.Back(page)).ToHaveTextAsync("‹ Terug naar de resultaten");
        await Assertions.Expect(page.Locator(".article-facts")).ToContainTextAsync("19 januari 2021");
        await Assertions.Expect(page.Locator(".article-facts")).ToContainTextAsync("Deens");
        Assert.Equal("nl", PageAddress.Value(page.Url, "ui"));
        string back = await ArticlePage.Back(page).EvaluateAsync<string>("a => a.href");
        Assert.Equal("nl", PageAddress.Value(back, "ui"));
        Assert.Equal("havvind", PageAddress.Value(back, "q"));
        Assert.Equal("20", PageAddress.Value(back, "size"));
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Theory]
    [MemberData(nameof(BrowserScreens.DevicesAndSchemes), MemberType = typeof(BrowserScreens))]
    public async Task AtEachWidthAndColourSchemeTheArticleFitsTheScreen(string device, string scheme)
    {
        await using PageSession session = await BrowserScreens.OpenAsync(chromium, server.Address, device, scheme);
        IPage page = session.Page;

        await ArticlePage.GotoAsync(page, "/article/da-2021-01-havvind-udbud?q=havvind%20OR%20Esbjerg&person=Ida%20N%C3%B8rlund&ui=en");

        await Assertions.Expect(ArticlePage.Text(page).Locator("mark").First).ToBeVisibleAsync();
        await Assertions.Expect(ArticlePage.Back(page)).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "nothing scrolls sideways");
        string path = await session.ScreenshotAsync($"{BrowserScreens.Name(device)}-{scheme}-article");
        await session.ScreenshotAsync($"{BrowserScreens.Name(device)}-{scheme}-article-full", fullPage: true);
        Assert.True(new FileInfo(path).Length > 0);
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    /// <summary>Asserts that the page shows the API's article: its title as the document's, its whole text, as many marks as the API's HTML, and its language.</summary>
    private static async Task AssertShowsAsync(IPage page, JsonElement article)
    {
        string lang = article.GetProperty("lang").GetString()!;
        string bodyHtml = article.GetProperty("bodyHtml").GetString()!;
        string titleHtml = article.GetProperty("titleHtml").GetString()!;
        Assert.True(ArticlePage.MarksIn(titleHtml) + ArticlePage.MarksIn(bodyHtml) > 0, "the query matches the article");

        await Assertions.Expect(page).ToHaveTitleAsync(article.GetProperty("title").GetString()!);
        await Assertions.Expect(ArticlePage.Heading(page)).ToHaveTextAsync(article.GetProperty("title").GetString()!);
        Assert.Equal(
            ArticlePage.Collapsed(article.GetProperty("body").GetString()!),
            ArticlePage.Collapsed(await ArticlePage.Text(page).InnerTextAsync()));
        await Assertions.Expect(ArticlePage.Text(page).Locator("mark")).ToHaveCountAsync(ArticlePage.MarksIn(bodyHtml));
        await Assertions.Expect(ArticlePage.Heading(page).Locator("mark")).ToHaveCountAsync(ArticlePage.MarksIn(titleHtml));
        await Assertions.Expect(ArticlePage.Heading(page)).ToHaveAttributeAsync("lang", lang);
        await Assertions.Expect(ArticlePage.Text(page)).ToHaveAttributeAsync("lang", lang);
        await Assertions.Expect(page.Locator(".article-facts time")).ToHaveAttributeAsync("datetime", article.GetProperty("date").GetString()!);
    }
}
