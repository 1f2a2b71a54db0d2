using System.Text.Json;
using Microsoft.Playwright;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>
/// The person and organization facets, over the repository's sample articles: a value can be excluded (a "not" chip
/// shows it, removable, cleared with the rest), a list of ten offers up to a hundred values within the search, and
/// the type-ahead counts within the search.
/// </summary>
public sealed class FacetExclusionTests(RepositoryArticlesServer sample, ChromiumFixture chromium)
    : IClassFixture<RepositoryArticlesServer>, IClassFixture<ChromiumFixture>
{
    private const string Query = "regeringen";

    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task ExcludingAPersonAddsANotChipAndShowsTheHitsTheApiCountsUntilTheChipIsRemoved()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync($"/?q={Query}&size=50");
        JsonElement before = await server.GetJsonAsync($"/api/search?q={Query}&size=50");
        string person = before.GetProperty("facets").GetProperty("person")[0].GetProperty("value").GetString()!;
        string[] titlesBefore = await SearchPage.TitlesAsync(page);

        await SearchPage.ExcludeButton(page, "person", person).ClickAsync();
        await session.SettledAsync();

        JsonElement api = await server.GetJsonAsync($"/api/search?q={Query}&size=50&notperson={Uri.EscapeDataString(person)}");
        int total = api.GetProperty("total").GetInt32();
        Assert.True(total < before.GetProperty("total").GetInt32(), "the exclusion drops the articles naming the person");
        Assert.Equal([person], PageAddress.Values(page.Url, "notperson"));
        Assert.Empty(PageAddress.Values(page.Url, "person"));
        await Assertions.Expect(SearchPage.NotChips(page)).ToHaveCountAsync(1);
        await Assertions.Expect(SearchPage.NotChips(page)).ToContainTextAsync($"Not{person}");
        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(total);
        await Assertions.Expect(SearchPage.Status(page)).ToContainTextAsync($"{total} articles");
        await Assertions.Expect(page.Locator("#facets-toggle-count")).ToHaveTextAsync("1");
        foreach (ILocator hit in await SearchPage.Hits(page).AllAsync())
        {
            await Assertions.Expect(hit.Locator(".entities-person")).Not.ToContainTextAsync(person);
        }

        // The excluded person stays in its facet, struck out, its "not" pressed; the search counts it nowhere.
        await Assertions.Expect(page.Locator("#facet-person").GetByRole(AriaRole.Button, new() { Name = "Stop excluding " + person, Exact = true }))
            .ToHaveAttributeAsync("aria-pressed", "true");
        Assert.DoesNotContain(api.GetProperty("facets").GetProperty("person").EnumerateArray(), v => v.GetProperty("value").GetString() == person);
        await session.ScreenshotAsync($"desktop-{PageSession.DesktopWidth}x{PageSession.DesktopHeight}-results-not-chip");

        await page.GetByRole(AriaRole.Button, new() { Name = "Stop excluding person: " + person, Exact = true }).ClickAsync();
        await session.SettledAsync();

        Assert.Empty(PageAddress.Values(page.Url, "notperson"));
        await Assertions.Expect(SearchPage.NotChips(page)).ToHaveCountAsync(0);
        Assert.Equal(titlesBefore, await SearchPage.TitlesAsync(page));
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task ClearAllRemovesTheExclusionsWithTheFilters()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync($"/?q={Query}&lang=da");
        JsonElement answer = await server.GetJsonAsync($"/api/search?q={Query}&lang=da");
        string organization = answer.GetProperty("facets").GetProperty("organization")[0].GetProperty("value").GetString()!;

        await SearchPage.ExcludeButton(page, "organization", organization).ClickAsync();
        await session.SettledAsync();

        Assert.Equal([organization], PageAddress.Values(page.Url, "notorganization"));
        await Assertions.Expect(SearchPage.NotChips(page)).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#facets-toggle-count")).ToHaveTextAsync("2");
        JsonElement excluded = await server.GetJsonAsync($"/api/search?q={Query}&lang=da&notorganization={Uri.EscapeDataString(organization)}");
        await Assertions.Expect(SearchPage.Status(page)).ToContainTextAsync(Articles(excluded.GetProperty("total").GetInt32()));

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear all" }).ClickAsync();
        await session.SettledAsync();

        Assert.Empty(PageAddress.Values(page.Url, "notorganization"));
        Assert.Null(PageAddress.Value(page.Url, "lang"));
        await Assertions.Expect(SearchPage.Chips(page)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#facets-toggle-count")).ToBeHiddenAsync();
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task ShowMoreListsTheSearchsValuesBeyondTheTopTenAndShowFewerTheTopTenAgain()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync($"/?q={Query}");
        ILocator values = page.Locator("#facet-person button.facet-value");
        await Assertions.Expect(values).ToHaveCountAsync(10);
        JsonElement api = await server.GetJsonAsync($"/api/facets/person?prefix=&limit=100&q={Query}");
        string[] expected = SearchPage.ApiValues(api);
        Assert.True(expected.Length > 10, $"the search names {expected.Length} persons");

        ILocator more = page.Locator("#facets").GetByRole(AriaRole.Button, new() { Name = "Show more persons" });
        await more.ClickAsync();

        await Assertions.Expect(values).ToHaveCountAsync(Math.Min(expected.Length, 100));
        Assert.Equal(expected, await SearchPage.FacetValuesAsync(page, "person"));
        ILocator fewer = page.Locator("#facets").GetByRole(AriaRole.Button, new() { Name = "Show fewer persons" });
        await Assertions.Expect(fewer).ToHaveAttributeAsync("aria-expanded", "true");

        await fewer.ClickAsync();

        await Assertions.Expect(values).ToHaveCountAsync(10);
        await Assertions.Expect(more).ToHaveAttributeAsync("aria-expanded", "false");

        // Shown again, the longer list follows the search: a language chosen narrows it as the API counts.
        await more.ClickAsync();
        await Assertions.Expect(values).ToHaveCountAsync(Math.Min(expected.Length, 100));
        await page.Locator("#facet-lang").GetByRole(AriaRole.Button, new() { Name = "Dutch,", Exact = false }).ClickAsync();
        await session.SettledAsync();
        JsonElement narrowed = await server.GetJsonAsync($"/api/facets/person?prefix=&limit=100&q={Query}&lang=nl");
        string[] dutch = SearchPage.ApiValues(narrowed);
        Assert.True(dutch.Length < expected.Length, "the Dutch articles name fewer persons");
        await Assertions.Expect(values).ToHaveCountAsync(dutch.Length);
        Assert.Equal(dutch, await SearchPage.FacetValuesAsync(page, "person"));
        await Assertions.Expect(fewer).ToHaveAttributeAsync("aria-expanded", "true");
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task TheTypeAheadCountsWithinTheSearch()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync($"/?q={Query}&lang=da");
        JsonElement within = await server.GetJsonAsync($"/api/facets/person?prefix=J&limit=10&q={Query}&lang=da");
        JsonElement everywhere = await server.GetJsonAsync("/api/facets/person?prefix=J&limit=10");
        string[] expected = SearchPage.ApiValues(within);
        Assert.NotEmpty(expected);
        Assert.NotEqual(SearchPage.ApiValues(everywhere), expected);

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Find a person" }).FillAsync("J");

        await Assertions.Expect(page.Locator("#facet-person-note")).ToHaveTextAsync("Matches in these results:");
        await Assertions.Expect(page.Locator("#facet-person button.facet-value")).ToHaveCountAsync(expected.Length);
        Assert.Equal(expected, await SearchPage.FacetValuesAsync(page, "person"));
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    private static string Articles(int count) => count == 1 ? "1 article" : $"{count} articles";
}
