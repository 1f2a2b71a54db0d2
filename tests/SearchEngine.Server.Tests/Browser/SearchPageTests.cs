using System.Text.Json;
using Microsoft.Playwright;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>The web front end in a real browser (Debian's chromium through Playwright) over the sample server's articles.</summary>
[Collection(SampleServer.Collection)]
public sealed class SearchPageTests(SampleServer sample, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task TypingAQueryShowsHighlightedResultsWithTheirCountAndTime()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/");

        await session.SearchAsync("havvind");

        JsonElement api = await server.GetJsonAsync("/api/search?q=havvind");
        int total = api.GetProperty("total").GetInt32();
        Assert.True(total > 0);
        Assert.Equal("havvind", PageAddress.Value(page.Url, "q"));
        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(total);
        await Assertions.Expect(SearchPage.Hits(page).First.Locator("mark").First).ToBeVisibleAsync();
        await Assertions.Expect(SearchPage.Status(page)).ToContainTextAsync($"{total} articles");
        await Assertions.Expect(SearchPage.Status(page)).ToContainTextAsync(" ms");
        string[] expectedTitles = [.. api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!)];
        Assert.Equal(expectedTitles, await SearchPage.TitlesAsync(page));
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task TheServersMarksAreTheOnlyHtmlTheResultsShow()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;

        // The title "Rente & risiko: <analyse>" holds characters HTML gives meaning; they must read as text.
        await session.GotoAsync("/?q=risiko");

        ILocator title = SearchPage.HitTitles(page).Filter(new() { HasText = "Rente & risiko" });
        await Assertions.Expect(title).ToHaveTextAsync("Rente & risiko: <analyse>");
        Assert.Equal(0, await page.Locator("#hits analyse").CountAsync());
        await Assertions.Expect(title.Locator("a.hit-link")).ToHaveCountAsync(1);
        Assert.Equal(
            await page.Locator("#hits .hit-title > a *, #hits .snippet *").CountAsync(),
            await page.Locator("#hits .hit-title mark, #hits .snippet mark").CountAsync());
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task ChoosingAPersonShowsAChipNarrowsTheHitsAndStillCountsTheOtherPersons()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/");
        string[] before = await SearchPage.FacetValuesAsync(page, "person");

        await SearchPage.FacetValue(page, "person", "Karen Holmgaard").ClickAsync();
        await session.SettledAsync();

        JsonElement api = await server.GetJsonAsync("/api/search?person=Karen%20Holmgaard");
        Assert.Equal(["Karen Holmgaard"], PageAddress.Values(page.Url, "person"));
        await Assertions.Expect(SearchPage.Chips(page)).ToHaveCountAsync(1);
        await Assertions.Expect(SearchPage.Chips(page)).ToContainTextAsync("Karen Holmgaard");
        int total = api.GetProperty("total").GetInt32();
        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(total);
        Assert.True(total < TestArticles.All.Count, "the person filter narrows the hits");
        foreach (ILocator hit in await SearchPage.Hits(page).AllAsync())
        {
            await Assertions.Expect(hit.Locator(".entities-person")).ToContainTextAsync("Karen Holmgaard");
        }

        // Drill sideways: the person facet is counted without its own filter, so the other persons stay, with the
        // counts the API gives; the chosen one is pressed.
        string[] after = await SearchPage.FacetValuesAsync(page, "person");
        string[] expected = SearchPage.ApiFacetValues(api, "person");
        Assert.Equal(expected.Order(), after.Order());
        Assert.Equal(before.Order(), after.Order());
        Assert.Contains(after, v => !v.StartsWith("Karen Holmgaard:", StringComparison.Ordinal));
        await Assertions.Expect(SearchPage.FacetValue(page, "person", "Karen Holmgaard")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(SearchPage.FacetValue(page, "person", "Willem van Straaten")).ToHaveAttributeAsync("aria-pressed", "false");

        // The other facets are narrowed by the person.
        string[] organizations = SearchPage.ApiFacetValues(api, "organization");
        Assert.Equal(organizations.Order(), (await SearchPage.FacetValuesAsync(page, "organization")).Order());
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task AReloadShowsTheSameStateFromTheUrl()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/");
        await session.SearchAsync("rente OR vind*");
        await page.Locator("label[for=lang-da]").ClickAsync();
        await session.SettledAsync();
        await page.GetByLabel("Sort by").SelectOptionAsync("date");
        await session.SettledAsync();
        await page.Locator("#facet-date").GetByRole(AriaRole.Button, new() { Name = "2021,", Exact = false }).ClickAsync();
        await session.SettledAsync();
        string url = page.Url;
        string[] titles = await SearchPage.TitlesAsync(page);
        string[] chips = [.. await SearchPage.Chips(page).AllTextContentsAsync()];

        await page.ReloadAsync();
        await session.SettledAsync();

        Assert.Equal(url, page.Url);
        Assert.Equal("rente OR vind*", PageAddress.Value(url, "q"));
        Assert.Equal("da", PageAddress.Value(url, "lang"));
        Assert.Equal("date", PageAddress.Value(url, "sort"));
        Assert.Equal("2021", PageAddress.Value(url, "date"));
        Assert.NotEmpty(titles);
        Assert.Equal(titles, await SearchPage.TitlesAsync(page));
        Assert.Equal(chips, await SearchPage.Chips(page).AllTextContentsAsync());
        await Assertions.Expect(SearchPage.SearchBox(page)).ToHaveValueAsync("rente OR vind*");
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Danish" })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Sort by")).ToHaveValueAsync("date");
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task BackAndForwardMoveBetweenSearches()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/");
        await session.SearchAsync("havvind");
        string[] unfiltered = await SearchPage.TitlesAsync(page);
        await SearchPage.FacetValue(page, "person", "Karen Holmgaard").ClickAsync();
        await session.SettledAsync();
        string[] filtered = await SearchPage.TitlesAsync(page);
        Assert.NotEqual(unfiltered, filtered);

        await page.GoBackAsync();
        await Assertions.Expect(SearchPage.Chips(page)).ToHaveCountAsync(0);
        await session.SettledAsync();

        Assert.Equal("havvind", PageAddress.Value(page.Url, "q"));
        Assert.Empty(PageAddress.Values(page.Url, "person"));
        Assert.Equal(unfiltered, await SearchPage.TitlesAsync(page));
        await Assertions.Expect(SearchPage.SearchBox(page)).ToHaveValueAsync("havvind");

        await page.GoBackAsync();
        await Assertions.Expect(SearchPage.SearchBox(page)).ToHaveValueAsync(string.Empty);
        await session.SettledAsync();
        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(10);

        await page.GoForwardAsync();
        await page.GoForwardAsync();
        await Assertions.Expect(SearchPage.Chips(page)).ToHaveCountAsync(1);
        await session.SettledAsync();
        Assert.Equal(filtered, await SearchPage.TitlesAsync(page));
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task TheNextPageShowsTheFollowingHits()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/");
        int total = TestArticles.All.Count;
        await Assertions.Expect(SearchPage.Status(page)).ToContainTextAsync($"{total} articles · showing 1–10");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await session.SettledAsync();

        Assert.Equal("2", PageAddress.Value(page.Url, "page"));
        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(total - 10);
        await Assertions.Expect(SearchPage.Status(page)).ToContainTextAsync($"showing 11–{total}");
        await Assertions.Expect(page.Locator("#hits")).ToHaveAttributeAsync("start", "11");
        await Assertions.Expect(page.Locator("#pagination [aria-current=page]")).ToHaveTextAsync("2");
        JsonElement api = await server.GetJsonAsync("/api/search?page=2");
        Assert.Equal(
            api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!),
            await SearchPage.TitlesAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Page 1", Exact = true }).ClickAsync();
        await session.SettledAsync();
        Assert.Null(PageAddress.Value(page.Url, "page"));
        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(10);
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task AQueryThatDoesNotParseShowsTheMessageAndWhere()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/");
        const string Broken = "title:(vind AND";

        await session.SearchAsync(Broken);

        using HttpResponseMessage response = await server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(Broken), TestContext.Current.CancellationToken);
        string message = (await Problems.AssertBadParameterAsync(response, "q"))[0];
        ILocator alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToBeVisibleAsync();
        await Assertions.Expect(alert).ToContainTextAsync("The query does not parse.");
        await Assertions.Expect(alert).ToContainTextAsync(message);
        await Assertions.Expect(alert.Locator(".error-at")).ToHaveCountAsync(1);
        await Assertions.Expect(SearchPage.SearchBox(page)).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(0);

        await session.SearchAsync("title:(vind AND havvind)");

        await Assertions.Expect(alert).ToBeHiddenAsync();
        await Assertions.Expect(SearchPage.SearchBox(page)).Not.ToHaveAttributeAsync("aria-invalid", "true");
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task TheFacetSearchBoxFindsPersonsAndEnterChoosesTheFirst()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/");
        ILocator box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Find a person" });

        await box.PressSequentiallyAsync("van");

        // The values the facet search finds, any word's start matching: Willem van Straaten (2), Marieke van Dongen (1).
        await Assertions.Expect(page.Locator("#facet-person .facet-label")).ToHaveTextAsync(["Willem van Straaten", "Marieke van Dongen"]);
        await Assertions.Expect(page.Locator("#facet-person-note")).ToContainTextAsync("all articles");

        await box.FillAsync("thorso");
        await Assertions.Expect(page.Locator("#facet-person .facet-label")).ToHaveTextAsync(["Magnus Thorsø"]);
        await box.PressAsync("Enter");
        await session.SettledAsync();

        Assert.Equal(["Magnus Thorsø"], PageAddress.Values(page.Url, "person"));
        await Assertions.Expect(SearchPage.Chips(page)).ToContainTextAsync("Magnus Thorsø");
        await Assertions.Expect(box).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(SearchPage.FacetValue(page, "person", "Magnus Thorsø")).ToHaveAttributeAsync("aria-pressed", "true");

        await box.FillAsync("zzz");
        await Assertions.Expect(page.Locator("#facet-person-note")).ToContainTextAsync("None starts with");
        await Assertions.Expect(page.Locator("#facet-person button.facet-value")).ToHaveCountAsync(0);
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task ClearAllRemovesEveryFilterButKeepsTheQuery()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/?q=vind*&lang=nl&person=Lene%20Kragh&organization=Vestervind&date=2023");
        await Assertions.Expect(SearchPage.Chips(page)).ToHaveCountAsync(4);

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear all" }).ClickAsync();
        await session.SettledAsync();

        await Assertions.Expect(SearchPage.Chips(page)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#active-filters")).ToBeHiddenAsync();
        Assert.Equal("vind*", PageAddress.Value(page.Url, "q"));
        Assert.Equal(["q", "ui"], [.. new Uri(page.Url).Query.TrimStart('?').Split('&').Select(p => p.Split('=')[0])]);
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task AHitOpensIntoTheWholeArticle()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/?q=title:finansloven");
        ILocator hit = SearchPage.Hits(page).First;
        ILocator read = hit.GetByRole(AriaRole.Button, new() { Name = "Read the article" });

        await read.ClickAsync();

        TestArticles.Record article = TestArticles.All.Single(a => a.Id == "da-2022-01-finanslov");
        await Assertions.Expect(hit.Locator(".article-body")).ToHaveTextAsync(article.Body);
        await Assertions.Expect(hit.GetByRole(AriaRole.Button, new() { Name = "Hide the article" })).ToHaveAttributeAsync("aria-expanded", "true");
        await hit.GetByRole(AriaRole.Button, new() { Name = "Hide the article" }).ClickAsync();
        await Assertions.Expect(hit.Locator(".article-body")).ToBeHiddenAsync();
        session.AssertNoScriptErrorsOrOutsideRequests();
    }
}
