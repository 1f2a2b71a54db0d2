using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>
/// The timeline above the results, over the repository's sample articles (2021-2023): its bars are the API's date
/// facet for the same search, a click, a drag or the keyboard filters by them, and it reads well to a screen reader,
/// at phone width and in the dark.
/// </summary>
public sealed class TimelineTests(RepositoryArticlesServer sample, ChromiumFixture chromium)
    : IClassFixture<RepositoryArticlesServer>, IClassFixture<ChromiumFixture>
{
    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task TheYearsViewShowsOneBarPerYearFromTheFirstToTheLastWithTheApisCounts()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;

        // Every article, then Dutch only (the timeline follows the other filters), then a query whose matches skip 2022.
        foreach (string search in new[] { string.Empty, "lang=nl", "q=" + Uri.EscapeDataString("åbningstale") })
        {
            await session.GotoAsync("/?" + search);
            JsonElement api = await server.GetJsonAsync("/api/search?" + search);

            string[] expected = TimelineChart.ExpectedYears(api, TimelineChart.English);
            Assert.Equal(expected, await TimelineChart.NamesAsync(page));
            await Assertions.Expect(TimelineChart.Chart(page)).ToHaveAccessibleNameAsync("Articles per year");
            await Assertions.Expect(page.Locator("#timeline-chart .timeline-label")).ToHaveTextAsync([.. expected.Select(name => name[..4])]);
            await Assertions.Expect(TimelineChart.AllYears(page)).ToBeHiddenAsync();
            Assert.Empty(await TimelineChart.PressedAsync(page));
        }

        Assert.Contains("2022: 0 articles", await TimelineChart.NamesAsync(page));

        await session.GotoAsync("/?q=" + Uri.EscapeDataString("zzqxyzzy"));

        await Assertions.Expect(SearchPage.Status(page)).ToContainTextAsync("No articles match");
        await Assertions.Expect(TimelineChart.Section(page)).ToBeHiddenAsync();
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task ClickingAYearBarFiltersToThatYearAndOpensItsMonthsAndAMonthBarToThatMonth()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/");

        await TimelineChart.Bar(page, "2022").ClickAsync();
        await session.SettledAsync();

        JsonElement year = await server.GetJsonAsync("/api/search?date=2022");
        Assert.Equal("2022", PageAddress.Value(page.Url, "date"));
        await Assertions.Expect(TotalShown(page)).ToHaveTextAsync(TimelineChart.English(TimelineChart.Total(year)));
        Assert.All(await HitDatesAsync(page), date => Assert.StartsWith("2022-", date, StringComparison.Ordinal));
        await Assertions.Expect(TimelineChart.Chart(page)).ToHaveAccessibleNameAsync("Articles per month in 2022");
        Assert.Equal(TimelineChart.ExpectedMonths(year, 2022), await TimelineChart.NamesAsync(page));
        await Assertions.Expect(page.Locator("#timeline-chart .timeline-label").First).ToHaveTextAsync("Jan");
        await Assertions.Expect(TimelineChart.AllYears(page)).ToBeVisibleAsync();

        string month = year.GetProperty("facets").GetProperty("date").EnumerateArray()
            .Single(y => y.GetProperty("value").GetString() == "2022")
            .GetProperty("children").EnumerateArray().Last(m => m.GetProperty("count").GetInt64() > 0)
            .GetProperty("value").GetString()!;
        await TimelineChart.Bar(page, TimelineChart.MonthName(month)).ClickAsync();
        await session.SettledAsync();

        JsonElement monthAnswer = await server.GetJsonAsync("/api/search?date=" + month);
        Assert.Equal(month, PageAddress.Value(page.Url, "date"));
        await Assertions.Expect(TotalShown(page)).ToHaveTextAsync(TimelineChart.English(TimelineChart.Total(monthAnswer)));
        Assert.All(await HitDatesAsync(page), date => Assert.StartsWith(month, date, StringComparison.Ordinal));
        Assert.Equal([month], await TimelineChart.PressedAsync(page));
        Assert.Equal(TimelineChart.ExpectedMonths(monthAnswer, 2022), await TimelineChart.NamesAsync(page));

        // "All years" clears the date filter and goes back to the years.
        await TimelineChart.AllYears(page).ClickAsync();
        await session.SettledAsync();

        Assert.Null(PageAddress.Value(page.Url, "date"));
        Assert.Equal(TimelineChart.ExpectedYears(await server.GetJsonAsync("/api/search"), TimelineChart.English), await TimelineChart.NamesAsync(page));
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task DraggingAcrossBarsShowsTheRangeWhileDraggingAndThenFiltersFromTheFirstToTheLast()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/");
        JsonElement all = await server.GetJsonAsync("/api/search");
        long both = YearCount(all, "2021") + YearCount(all, "2022");

        await DragAsync(page, TimelineChart.Bar(page, "2021"), TimelineChart.Bar(page, "2022"), release: false);

        await Assertions.Expect(page.Locator("#timeline-range")).ToHaveTextAsync($"2021 – 2022: {TimelineChart.English(both)}.");
        await Assertions.Expect(page.Locator(TimelineChart.BarSelector + ".pending")).ToHaveCountAsync(2);
        Assert.Null(PageAddress.Value(page.Url, "from"));

        await page.Mouse.UpAsync();
        await session.SettledAsync();

        JsonElement range = await server.GetJsonAsync("/api/search?from=2021&to=2022");
        Assert.Equal("2021", PageAddress.Value(page.Url, "from"));
        Assert.Equal("2022", PageAddress.Value(page.Url, "to"));
        Assert.Null(PageAddress.Value(page.Url, "date"));
        Assert.Equal(both, TimelineChart.Total(range));
        await Assertions.Expect(TotalShown(page)).ToHaveTextAsync(TimelineChart.English(both));
        Assert.Equal(["2021", "2022"], await TimelineChart.PressedAsync(page));
        await Assertions.Expect(page.Locator("#timeline-range")).ToHaveTextAsync(string.Empty);

        // In a year's months, a drag chooses months, and the chart stays in that year.
        await session.GotoAsync("/?date=2022");
        await DragAsync(page, TimelineChart.Bar(page, "March 2022"), TimelineChart.Bar(page, "June 2022"), release: true);
        await session.SettledAsync();

        JsonElement months = await server.GetJsonAsync("/api/search?from=2022-03&to=2022-06");
        Assert.Equal("2022-03", PageAddress.Value(page.Url, "from"));
        Assert.Equal("2022-06", PageAddress.Value(page.Url, "to"));
        await Assertions.Expect(TotalShown(page)).ToHaveTextAsync(TimelineChart.English(TimelineChart.Total(months)));
        await Assertions.Expect(TimelineChart.Chart(page)).ToHaveAccessibleNameAsync("Articles per month in 2022");
        Assert.Equal(["2022-03", "2022-04", "2022-05", "2022-06"], await TimelineChart.PressedAsync(page));
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Fact]
    public async Task TheChartIsOneTabStopWhoseArrowsMoveEnterFiltersAndShiftArrowsThenEnterFilterByARange()
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        IKeyboard keyboard = page.Keyboard;
        await session.GotoAsync("/");

        await session.TabToAsync(TimelineChart.BarSelector, most: 120);

        Assert.True(await session.IsFocusedAsync(Bar("2021")), "Tab lands on the first year with matches");
        await Assertions.Expect(page.Locator(TimelineChart.BarSelector + "[tabindex='0']")).ToHaveCountAsync(1);
        Assert.True(await FocusRingShowsAsync(page), "the focused bar shows a focus ring");
        await keyboard.PressAsync("ArrowRight");
        Assert.True(await session.IsFocusedAsync(Bar("2022")), "ArrowRight moves to the next year");
        await keyboard.PressAsync("End");
        Assert.True(await session.IsFocusedAsync(Bar("2023")), "End moves to the last year");
        await keyboard.PressAsync("ArrowLeft");

        // Enter filters by the focused year; focus stays in the chart, now on the months.
        await keyboard.PressAsync("Enter");
        await session.SettledAsync();

        Assert.Equal("2022", PageAddress.Value(page.Url, "date"));
        await Assertions.Expect(TimelineChart.Chart(page)).ToHaveAccessibleNameAsync("Articles per month in 2022");
        Assert.True(await session.IsFocusedAsync(TimelineChart.BarSelector), "focus stays in the chart");

        // Shift+arrows choose a range, said in the live line; Escape cancels it.
        await keyboard.PressAsync("Home");
        Assert.True(await session.IsFocusedAsync(Bar("2022-01")), "Home moves to January");
        await keyboard.PressAsync("Shift+ArrowRight");
        await keyboard.PressAsync("Shift+ArrowRight");
        await Assertions.Expect(page.Locator("#timeline-range")).ToContainTextAsync("January 2022 – March 2022");
        await Assertions.Expect(page.Locator(TimelineChart.BarSelector + ".pending")).ToHaveCountAsync(3);
        await session.ScreenshotAsync($"timeline-desktop-{PageSession.DesktopWidth}x{PageSession.DesktopHeight}-keyboard-range");
        await keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(TimelineChart.BarSelector + ".pending")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#timeline-range")).ToHaveTextAsync(string.Empty);
        Assert.Equal("2022", PageAddress.Value(page.Url, "date"));

        await keyboard.PressAsync("Shift+ArrowLeft");
        await keyboard.PressAsync("Shift+ArrowLeft");
        await keyboard.PressAsync("Enter");
        await session.SettledAsync();

        JsonElement months = await server.GetJsonAsync("/api/search?from=2022-01&to=2022-03");
        Assert.Equal("2022-01", PageAddress.Value(page.Url, "from"));
        Assert.Equal("2022-03", PageAddress.Value(page.Url, "to"));
        Assert.Null(PageAddress.Value(page.Url, "date"));
        await Assertions.Expect(TotalShown(page)).ToHaveTextAsync(TimelineChart.English(TimelineChart.Total(months)));
        Assert.Equal(["2022-01", "2022-02", "2022-03"], await TimelineChart.PressedAsync(page));
        Assert.True(await session.IsFocusedAsync(Bar("2022-01")), "focus stays on the range's first month");

        // "All years" is one Shift+Tab back; it returns to the years with focus on the year left.
        await keyboard.PressAsync("Shift+Tab");
        Assert.True(await session.IsFocusedAsync("#timeline-back"), "Shift+Tab reaches All years");
        await keyboard.PressAsync("Enter");
        await session.SettledAsync();

        Assert.Null(PageAddress.Value(page.Url, "from"));
        Assert.True(await session.IsFocusedAsync(Bar("2022")), "focus lands on the year whose months were shown");
        await keyboard.PressAsync("Shift+ArrowRight");
        await keyboard.PressAsync("Space");
        await session.SettledAsync();

        Assert.Equal("2022", PageAddress.Value(page.Url, "from"));
        Assert.Equal("2023", PageAddress.Value(page.Url, "to"));
        await Assertions.Expect(TotalShown(page)).ToHaveTextAsync(TimelineChart.English(TimelineChart.Total(await server.GetJsonAsync("/api/search?from=2022&to=2023"))));
        Assert.Equal(["2022", "2023"], await TimelineChart.PressedAsync(page));
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Theory]
    [InlineData("en", "Articles per year", "from 2021 to 2023; the most in")]
    [InlineData("da", "Artikler pr. år", "fra 2021 til 2023; flest i")]
    public async Task EachBarIsNamedByItsYearAndCountAndTheChartIsSummarisedInThePageLanguage(string ui, string name, string summary)
    {
        await using PageSession session = await chromium.OpenAsync(server.Address);
        IPage page = session.Page;
        await session.GotoAsync("/?ui=" + ui);
        JsonElement api = await server.GetJsonAsync("/api/search");
        Func<long, string> articles = ui == "da" ? TimelineChart.Danish : TimelineChart.English;

        string[] expected = TimelineChart.ExpectedYears(api, articles);
        Assert.Equal(expected, await TimelineChart.NamesAsync(page));
        foreach (string bar in expected)
        {
            await Assertions.Expect(TimelineChart.Chart(page).GetByRole(AriaRole.Button, new() { Name = bar, Exact = true })).ToHaveAttributeAsync("aria-pressed", "false");
        }

        await Assertions.Expect(TimelineChart.Chart(page)).ToHaveAccessibleNameAsync(name);
        await Assertions.Expect(TimelineChart.Chart(page)).ToHaveAccessibleDescriptionAsync(new Regex("^" + Regex.Escape($"{articles(TimelineChart.Total(api))} {summary}")));
        await Assertions.Expect(page.Locator("#timeline-summary")).ToHaveClassAsync("visually-hidden");
        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    [Theory]
    [MemberData(nameof(BrowserScreens.DevicesAndSchemes), MemberType = typeof(BrowserScreens))]
    public async Task TheTimelineFitsItsColumnAtEachWidthInEachColourScheme(string device, string scheme)
    {
        await using PageSession session = await BrowserScreens.OpenAsync(chromium, server.Address, device, scheme);
        IPage page = session.Page;

        foreach ((string view, string path) in new[] { ("years", "/?from=2022&to=2023"), ("months", "/?date=2022-06") })
        {
            await session.GotoAsync(path);

            await Assertions.Expect(TimelineChart.Chart(page)).ToBeVisibleAsync();
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "nothing scrolls sideways");
            LocatorBoundingBoxResult chart = (await page.Locator("#timeline-chart svg").BoundingBoxAsync())!;
            LocatorBoundingBoxResult section = (await TimelineChart.Section(page).BoundingBoxAsync())!;
            Assert.True(chart.X >= section.X && chart.X + chart.Width <= section.X + section.Width, "the chart fits in its section");
            string[] pressed = await TimelineChart.PressedAsync(page);
            Assert.NotEmpty(pressed);

            // However narrow the bars, the first chosen one keeps its label.
            await Assertions.Expect(page.Locator(Bar(pressed[0]) + " .timeline-label")).ToHaveTextAsync(view == "years" ? "2022" : "Jun");

            // The bar under the pointer shows its count.
            await TimelineChart.Bar(page, view == "years" ? "2021" : "March 2022").HoverAsync();
            await Assertions.Expect(page.Locator(TimelineChart.BarSelector + ":hover .timeline-count")).ToBeVisibleAsync();

            string shot = await session.ScreenshotAsync($"timeline-{BrowserScreens.Name(device)}-{scheme}-{view}");
            Assert.True(new FileInfo(shot).Length > 0);
            string part = Path.Combine(PageSession.ScreenshotFolder, $"timeline-{BrowserScreens.Name(device)}-{scheme}-{view}-chart.png");
            await TimelineChart.Section(page).ScreenshotAsync(new() { Path = part });
            TestContext.Current.AddAttachment($"timeline-{device}-{scheme}-{view}-chart", part);
        }

        session.AssertNoScriptErrorsOrOutsideRequests();
    }

    /// <summary>Returns the selector of the bar of a year or month value ("2022", "2022-03").</summary>
    private static string Bar(string value) => $"{TimelineChart.BarSelector}[data-value='{value}']";

    private static long YearCount(JsonElement answer, string year) =>
        answer.GetProperty("facets").GetProperty("date").EnumerateArray().Single(y => y.GetProperty("value").GetString() == year).GetProperty("count").GetInt64();

    /// <summary>Returns the count in bold in the status line ("12 articles").</summary>
    private static ILocator TotalShown(IPage page) => page.Locator("#status strong.total");

    private static Task<string[]> HitDatesAsync(IPage page) =>
        page.Locator("#hits time[datetime]").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");

    /// <summary>Returns whether the focused bar draws its focus ring (a stroked rectangle).</summary>
    private static Task<bool> FocusRingShowsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => { const ring = document.activeElement.querySelector('.timeline-ring'); const s = getComputedStyle(ring); return s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0; }");

    /// <summary>Presses the mouse on one bar and moves it, in steps, to another; releases it unless asked not to.</summary>
    private static async Task DragAsync(IPage page, ILocator from, ILocator to, bool release)
    {
        LocatorBoundingBoxResult start = (await from.BoundingBoxAsync())!;
        LocatorBoundingBoxResult end = (await to.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(start.X + (start.Width / 2), start.Y + (start.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(end.X + (end.Width / 2), end.Y + (end.Height / 2), new() { Steps = 6 });
        if (release)
        {
            await page.Mouse.UpAsync();
        }
    }
}
