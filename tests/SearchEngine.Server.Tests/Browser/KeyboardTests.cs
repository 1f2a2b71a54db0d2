using Microsoft.Playwright;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>The whole flow by keyboard alone: <c>/</c>, typing, Enter, Tab, Space, Escape; focus always visible and kept.</summary>
[Collection(SampleServer.Collection)]
public sealed class KeyboardTests(SampleServer sample, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task SearchingFilteringAndPagingNeedOnlyTheKeyboard()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        IKeyboard keyboard = page.Keyboard;
        await session.GotoAsync("/");

        // "/" focuses the search box from anywhere; Enter searches.
        await keyboard.PressAsync("/");
        Assert.True(await session.IsFocusedAsync("#q"), "/ focuses the search box");
        await keyboard.TypeAsync("havvind");
        await keyboard.PressAsync("Enter");
        await session.SettledAsync();
        Assert.Equal("havvind", PageAddress.Value(page.Url, "q"));
        await Assertions.Expect(SearchPage.Hits(page).Locator("mark").First).ToBeVisibleAsync();
        await Assertions.Expect(SearchPage.Status(page)).ToHaveAttributeAsync("aria-live", "polite");

        // Tab reaches a person; Space chooses it; focus stays on it, now pressed, with a visible ring.
        const string Karen = "#facet-person button.facet-value[aria-label^='Karen Holmgaard,']";
        await session.TabToAsync(Karen);
        Assert.True(await session.FocusRingIsVisibleAsync(), "the focused facet value shows a focus ring");
        await keyboard.PressAsync("Space");
        await session.SettledAsync();
        await Assertions.Expect(SearchPage.Chips(page)).ToHaveCountAsync(1);
        Assert.Equal(["Karen Holmgaard"], PageAddress.Values(page.Url, "person"));
        Assert.True(await session.IsFocusedAsync(Karen + "[aria-pressed=true]"), "focus stays on the chosen value");

        // The chip removes the filter with Enter.
        await session.TabToAsync("#chips button.chip");
        await keyboard.PressAsync("Enter");
        await session.SettledAsync();
        await Assertions.Expect(SearchPage.Chips(page)).ToHaveCountAsync(0);
        Assert.Empty(PageAddress.Values(page.Url, "person"));

        // "/" again selects the query; typing over it and Enter searches everything; Tab reaches the next page.
        await keyboard.PressAsync("/");
        await keyboard.PressAsync("Backspace");
        await keyboard.PressAsync("Enter");
        await session.SettledAsync();
        Assert.Null(PageAddress.Value(page.Url, "q"));
        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(10);
        // Each person and organization has its "not", and each hit its title link: more stops than the default allows.
        await session.TabToAsync("#pagination a[rel=next]", most: 160);
        Assert.True(await session.FocusRingIsVisibleAsync(), "the focused page link shows a focus ring");
        await keyboard.PressAsync("Enter");
        await session.SettledAsync();
        Assert.Equal("2", PageAddress.Value(page.Url, "page"));
        await Assertions.Expect(SearchPage.Hits(page)).ToHaveCountAsync(TestArticles.All.Count - 10);
        Assert.True(await session.IsFocusedAsync("#results-heading"), "after paging, focus is at the top of the results");
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task TheLanguageAndTheDateFacetWorkByKeyboard()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        IKeyboard keyboard = page.Keyboard;
        await session.GotoAsync("/");

        // The language radios: Tab into the group, arrows move the choice.
        await session.TabToAsync("input[name=lang]:checked");
        await keyboard.PressAsync("ArrowRight");
        await session.SettledAsync();
        Assert.Equal("da", PageAddress.Value(page.Url, "lang"));
        Assert.True(await session.IsFocusedAsync("#lang-da"), "the arrow moves focus to the next language");
        Assert.True(
            await page.EvaluateAsync<bool>("() => getComputedStyle(document.querySelector('label[for=lang-da]')).outlineStyle !== 'none'"),
            "the focused language's label shows the focus ring (the radio itself is drawn by its label)");

        // The year of the date facet opens into months with Enter on its expander; a month is chosen with Space.
        await session.TabToAsync("#facet-date button.expander[aria-controls='months-2022']");
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#months-2022")).ToBeVisibleAsync();
        Assert.True(await session.IsFocusedAsync("button.expander[aria-expanded=true]"), "focus stays on the expander");
        await keyboard.PressAsync("Tab");
        await keyboard.PressAsync("Tab");
        Assert.True(await session.IsFocusedAsync("#months-2022 button.facet-value"), "Tab goes from the year to its months");
        await keyboard.PressAsync("Space");
        await session.SettledAsync();
        Assert.StartsWith("2022-", PageAddress.Value(page.Url, "date"), StringComparison.Ordinal);
        await Assertions.Expect(SearchPage.Chips(page)).ToHaveCountAsync(2);
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task TheSyntaxHelpOpensWithEnterAndClosesWithEscape()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/");
        ILocator help = page.Locator("#syntax-help");
        await Assertions.Expect(help).ToBeHiddenAsync();

        await session.TabToAsync("#help-button");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(help).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#help-button")).ToHaveAttributeAsync("aria-expanded", "true");
        foreach (string example in new[] { "\"tweede kamer\"", "~3", "AND", "NOT", "-bank", "+rente", "energi*", "title:", "body:", "person:", "org:", "lang:nl", "date:2022-01", "date:[2021-12 TO 2022-02]" })
        {
            await Assertions.Expect(help).ToContainTextAsync(example);
        }

        await session.ScreenshotAsync("desktop-1280x800-syntax-help");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(help).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#help-button")).ToHaveAttributeAsync("aria-expanded", "false");
        session.AssertNoScriptErrorsOrOutsideRequests();
    }
}
