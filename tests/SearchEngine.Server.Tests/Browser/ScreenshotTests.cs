using Microsoft.Playwright;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>
/// The page at desktop and phone width, saved as screenshots under the test output (screenshots/): on a phone the
/// filters fold behind a button and nothing scrolls sideways; and in each page language, light and dark.
/// </summary>
[Collection(SampleServer.Collection)]
public sealed class ScreenshotTests(SampleServer sample, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string FilteredSearch = "/?q=havvind%20OR%20rente%20OR%20windpark&person=Willem%20van%20Straaten&person=Karen%20Holmgaard";

    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task AtDesktopWidthTheFiltersSitBesideTheResults()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync(FilteredSearch);

        await Assertions.Expect(page.Locator("#facets")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#facets-toggle")).ToBeHiddenAsync();
        await Assertions.Expect(SearchPage.Chips(page)).ToHaveCountAsync(2);
        await Assertions.Expect(SearchPage.Hits(page).Locator("mark").First).ToBeVisibleAsync();
        LocatorBoundingBoxResult facets = (await page.Locator("#facets").BoundingBoxAsync())!;
        LocatorBoundingBoxResult results = (await page.Locator(".results").BoundingBoxAsync())!;
        Assert.True(facets.X + facets.Width <= results.X, "the filters are left of the results");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "nothing scrolls sideways");

        string path = await session.ScreenshotAsync($"desktop-{PageSession.DesktopWidth}x{PageSession.DesktopHeight}-results");
        await session.ScreenshotAsync($"desktop-{PageSession.DesktopWidth}x{PageSession.DesktopHeight}-results-full", fullPage: true);
        Assert.True(new FileInfo(path).Length > 0);

        await session.GotoAsync("/?q=title:(vind%20AND");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await session.ScreenshotAsync($"desktop-{PageSession.DesktopWidth}x{PageSession.DesktopHeight}-syntax-error");
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    /// <summary>Gets every page language at each width in each colour scheme.</summary>
    public static TheoryData<string, string, string> LanguagesDevicesAndSchemes { get; } = new(
        from ui in new[] { "da", "nl", "en" }
        from device in new[] { "desktop", "phone" }
        from scheme in new[] { "light", "dark" }
        select (ui, device, scheme));

    [Theory]
    [MemberData(nameof(LanguagesDevicesAndSchemes))]
    public async Task InEachPageLanguageAndColourSchemeNothingScrollsSideways(string ui, string device, string scheme)
    {
        await using PageSession session = await BrowserScreens.OpenAsync(chromium, server.Address, device, scheme);
        IPage page = session.Page;
        await session.GotoAsync($"{FilteredSearch}&ui={ui}");

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", ui);
        await Assertions.Expect(SearchPage.Hits(page).Locator("mark").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#ui-lang")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "nothing scrolls sideways");
        string path = await session.ScreenshotAsync($"{BrowserScreens.Name(device)}-{ui}-{scheme}-results");
        Assert.True(new FileInfo(path).Length > 0);
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task AtPhoneWidthTheFiltersFoldBehindAButton()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address, PageSession.PhoneWidth, PageSession.PhoneHeight);
        IPage page = session.Page;
        await session.GotoAsync(FilteredSearch);
        ILocator toggle = page.GetByRole(AriaRole.Button, new() { Name = "Filters" });

        await Assertions.Expect(page.Locator("#facets")).ToBeHiddenAsync();
        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.Locator("#facets-toggle-count")).ToHaveTextAsync("2");
        await Assertions.Expect(SearchPage.Hits(page).First).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "nothing scrolls sideways");
        await session.ScreenshotAsync($"{BrowserScreens.Name("phone")}-results");
        await session.ScreenshotAsync($"{BrowserScreens.Name("phone")}-results-full", fullPage: true);

        await toggle.ClickAsync();

        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator("#facets")).ToBeVisibleAsync();
        await SearchPage.FacetValue(page, "person", "Karen Holmgaard").ClickAsync();
        await session.SettledAsync();
        Assert.Equal(["Willem van Straaten"], PageAddress.Values(page.Url, "person"));
        await Assertions.Expect(page.Locator("#facets")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "nothing scrolls sideways with the filters open");
        await session.ScreenshotAsync($"{BrowserScreens.Name("phone")}-filters-open");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show the results" }).ClickAsync();

        await Assertions.Expect(page.Locator("#facets")).ToBeHiddenAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(SearchPage.Hits(page).First).ToBeInViewportAsync();
        session.AssertNoScriptErrorsOrOutsideRequests();
    }
}
