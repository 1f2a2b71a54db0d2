using Microsoft.Playwright;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>
/// One headless chromium for a test class, driven by Playwright's bundled driver; not started when chromium is not
/// installed, and then every test that asks for a page is skipped with the reason.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Starts Playwright and launches the installed chromium, if there is one.</summary>
    public async ValueTask InitializeAsync()
    {
        if (InstalledChromium.ExecutablePath is not string executable)
        {
            return;
        }

        // Two shared cores run the whole suite at once: give the page time to answer before an expectation fails.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = InstalledChromium.Arguments,
        });
    }

    /// <summary>
    /// Opens a page of its own (a fresh context: no cookies, storage or history shared) at the given viewport, with the
    /// browser's <paramref name="locale"/> (its languages and Accept-Language) and colour scheme, or skips the test
    /// when there is no chromium.
    /// </summary>
    internal async Task<PageSession> OpenAsync(
        Uri server,
        int width = PageSession.DesktopWidth,
        int height = PageSession.DesktopHeight,
        string locale = "en-US",
        ColorScheme colorScheme = ColorScheme.Light)
    {
        if (browser is null)
        {
            Assert.Skip(InstalledChromium.Missing ?? "chromium did not start.");
        }

        IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            ColorScheme = colorScheme,
        });
        return await PageSession.StartAsync(context, server);
    }

    /// <summary>Closes the browser and stops the driver.</summary>
    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
