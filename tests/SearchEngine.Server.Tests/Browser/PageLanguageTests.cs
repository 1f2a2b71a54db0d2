using System.Text.Json;
using Microsoft.Playwright;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>
/// The page speaks Danish, Dutch or English: chosen from the browser's languages on a first visit, switchable in the
/// page, kept in the URL (ui=) and remembered for a visit without it; each hit's text carries its article's language.
/// </summary>
[Collection(SampleServer.Collection)]
public sealed class PageLanguageTests(SampleServer sample, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private readonly RunningServer server = sample.Server;

    [Theory]
    [InlineData("da-DK", "da", "Søg", "Søgning", "Sortér efter", "artikler", "januar")]
    [InlineData("nl-NL", "nl", "Zoeken", "Zoekopdracht", "Sorteren op", "artikelen", "januari")]
    [InlineData("en-GB", "en", "Search", "Search query", "Sort by", "articles", "January")]
    public async Task TheBrowsersLanguageChoosesThePageLanguageOnAFirstVisit(
        string locale, string ui, string searchButton, string searchBox, string sortLabel, string articles, string january)
    {
        await using PageSession session = await chromium.OpenAsync(server.Address, locale: locale);
        IPage page = session.Page;

        await session.GotoAsync("/");

        Assert.Equal(ui, PageAddress.Value(page.Url, "ui"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", ui);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = searchButton, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = searchBox, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel(sortLabel, new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(SearchPage.Status(page)).ToContainTextAsync($"{TestArticles.All.Count} {articles}");
        Assert.Contains(january, await MonthsOfAsync(page, "2022"));
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Theory]
    [InlineData("da", "Søg", "Sidens sprog", "januar", "februar")]
    [InlineData("nl", "Zoeken", "Taal van de pagina", "januari", "februari")]
    [InlineData("en", "Search", "Page language", "January", "February")]
    public async Task TheSwitchChangesThePageLanguageKeepsItInTheUrlAndRemembersIt(
        string ui, string searchButton, string switchLabel, string january, string february)
    {
        // A browser in German: none of the page's languages, so the page starts in English.
        await using PageSession session = await chromium.OpenAsync(server.Address, locale: "de-DE");
        IPage page = session.Page;
        await session.GotoAsync(ui == "en" ? "/?q=rente&ui=da" : "/?q=rente");
        string[] titles = await SearchPage.TitlesAsync(page);

        await session.TabToAsync("#ui-lang");
        await page.Locator("#ui-lang").SelectOptionAsync(ui);
        await session.SettledAsync();

        Assert.Equal(ui, PageAddress.Value(page.Url, "ui"));
        Assert.Equal("rente", PageAddress.Value(page.Url, "q"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", ui);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = searchButton, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel(switchLabel, new() { Exact = true })).ToHaveValueAsync(ui);
        Assert.Equal(titles, await SearchPage.TitlesAsync(page));

        // A visit without ui= opens in the language chosen last.
        await session.GotoAsync("/?q=rente");

        Assert.Equal(ui, PageAddress.Value(page.Url, "ui"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", ui);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = searchButton, Exact = true })).ToBeVisibleAsync();
        await session.GotoAsync("/");
        string[] months = await MonthsOfAsync(page, "2022");
        Assert.Contains(january, months);
        Assert.Contains(february, months);
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Theory]
    [InlineData("da")]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task EachHitsTitleAndTextCarryItsArticlesLanguageWhateverThePageLanguage(string ui)
    {
        const string Query = "rente OR havvind OR windpark OR regering OR kabinet";
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;

        await session.GotoAsync($"/?q={Uri.EscapeDataString(Query)}&size=50&ui={ui}");

        JsonElement api = await server.GetJsonAsync($"/api/search?q={Uri.EscapeDataString(Query)}&size=50");
        string[] languages = [.. api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("lang").GetString()!)];
        Assert.Contains("da", languages);
        Assert.Contains("nl", languages);
        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(languages.Length);
        Assert.Equal(languages, await SearchPage.HitTitles(page).EvaluateAllAsync<string[]>("titles => titles.map(t => t.lang)"));
        Assert.Equal(
            languages,
            await SearchPage.Hits(page).EvaluateAllAsync<string[]>("hits => hits.map(h => h.querySelector('.snippets')?.lang ?? 'no text')"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", ui);
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Theory]
    [InlineData("da")]
    [InlineData("nl")]
    public async Task EveryStringTableHasTheEnglishTablesKeysAndNoOthers(string ui)
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/");

        const string Keys = "async file => { const table = (await import(file)).default; return Object.keys(table).map(k => typeof table[k] === 'string' ? k : k + ':' + Object.keys(table[k]).sort().join('/')).sort(); }";
        string[] english = await page.EvaluateAsync<string[]>(Keys, "./strings-en.js");
        string[] other = await page.EvaluateAsync<string[]>(Keys, $"./strings-{ui}.js");

        Assert.NotEmpty(english);
        Assert.Equal(english, other);
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    /// <summary>Opens a year of the date facet and returns its months' names as shown.</summary>
    private static async Task<string[]> MonthsOfAsync(IPage page, string year)
    {
        await page.Locator($"[data-key='expand:{year}']").ClickAsync();
        ILocator months = page.Locator($"#months-{year} .facet-label");
        await Assertions.Expect(months.First).ToBeVisibleAsync();
        return [.. await months.AllTextContentsAsync()];
    }
}
