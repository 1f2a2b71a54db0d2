using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>
/// One browser page of a test in a context of its own, watching what a user cannot see: script errors, console errors
/// and warnings (chromium reports a content security policy violation there, not as a script error), and any request
/// that leaves the server (the front end promises none: no CDN, no fonts, no analytics).
/// </summary>
internal sealed class PageSession : IAsyncDisposable
{
    /// <summary>The desktop viewport width of the screenshots.</summary>
    public const int DesktopWidth = 1280;

    /// <summary>The desktop viewport height.</summary>
    public const int DesktopHeight = 800;

    /// <summary>The phone viewport width (a current mid-size phone).</summary>
    public const int PhoneWidth = 390;

    /// <summary>The phone viewport height.</summary>
    public const int PhoneHeight = 844;

    private readonly IBrowserContext context;
    private readonly ConcurrentQueue<string> scriptErrors = new();
    private readonly ConcurrentQueue<string> outsideRequests = new();
    private readonly ConcurrentQueue<string> consoleProblems = new();

    private PageSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    /// <summary>Gets the folder the screenshots are saved in, under the test output.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Gets the page.</summary>
    public IPage Page { get; }

    /// <summary>Opens a page in <paramref name="context"/> and starts watching it.</summary>
    public static async Task<PageSession> StartAsync(IBrowserContext context, Uri server)
    {
        string origin = server.GetLeftPart(UriPartial.Authority);
        context.SetDefaultTimeout(30_000);
        IPage page = await context.NewPageAsync();
        var session = new PageSession(context, page);
        page.PageError += (_, error) => session.scriptErrors.Enqueue(error);
        page.Console += (_, message) =>
        {
            // An answer with an error status is logged as "Failed to load resource"; the tests provoke those on purpose
            // (a 404 article, a 400 query) and check what the page shows instead.
            if (message.Type is "error" or "warning" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                session.consoleProblems.Enqueue(message.Text);
            }
        };
        context.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin + "/", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                session.outsideRequests.Enqueue(request.Url);
            }
        };
        return session;
    }

    /// <summary>Opens <paramref name="path"/> (relative to the server) and waits until its search has answered.</summary>
    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await SettledAsync();
    }

    /// <summary>Types <paramref name="query"/> into the search box, presses Enter and waits for the answer.</summary>
    public async Task SearchAsync(string query)
    {
        await SearchPage.SearchBox(Page).FillAsync(query);
        await SearchPage.SearchBox(Page).PressAsync("Enter");
        await SettledAsync();
    }

    /// <summary>Waits until no search is under way and the page has rendered the last answer.</summary>
    public async Task SettledAsync()
    {
        await Assertions.Expect(Page.Locator("body")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bloading\\b"));
        await Assertions.Expect(Page.Locator(".results")).ToHaveAttributeAsync("aria-busy", "false");
    }

    /// <summary>Returns whether the focused element matches the CSS <paramref name="selector"/>.</summary>
    public Task<bool> IsFocusedAsync(string selector) =>
        Page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector);

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>; fails after <paramref name="most"/> presses.</summary>
    public async Task TabToAsync(string selector, int most = 80)
    {
        for (int i = 0; i < most; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await IsFocusedAsync(selector))
            {
                return;
            }
        }

        string focused = await Page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'");
        Assert.Fail($"{most} Tab presses did not reach {selector}; focus is on {focused}");
    }

    /// <summary>Returns whether the focused element draws a focus ring (an outline that is not none).</summary>
    public Task<bool> FocusRingIsVisibleAsync() =>
        Page.EvaluateAsync<bool>("() => { const e = document.activeElement; if (!e || e === document.body) return false; const s = getComputedStyle(e); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0; }");

    /// <summary>Saves a screenshot of the viewport (or the whole page) as <paramref name="name"/>.png under <see cref="ScreenshotFolder"/> and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name, bool fullPage = false)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        string path = Path.Combine(ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        TestContext.Current.AddAttachment(name, path);
        return path;
    }

    /// <summary>Asserts that no script failed, the console reported no error or warning (such as a policy violation), and no request left the server.</summary>
    public void AssertNoScriptErrorsOrOutsideRequests()
    {
        Assert.True(scriptErrors.IsEmpty, "script errors: " + string.Join(" | ", scriptErrors));
        Assert.True(consoleProblems.IsEmpty, "console errors and warnings: " + string.Join(" | ", consoleProblems));
        Assert.True(outsideRequests.IsEmpty, "requests outside the server: " + string.Join(" | ", outsideRequests));
    }

    /// <summary>Closes the page and its context.</summary>
    public ValueTask DisposeAsync() => context.DisposeAsync();
}
