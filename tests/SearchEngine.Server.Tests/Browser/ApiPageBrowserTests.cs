using Microsoft.Playwright;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>The API page in a real chromium: it renders the document under the page's content security policy, from this server alone.</summary>
[Collection(SampleServer.Collection)]
public sealed class ApiPageBrowserTests(SampleServer sample, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task TheApiPageRendersTheEndpointsWithoutAPolicyViolationOrAnOutsideRequest()
    {
        await using PageSession session = await chromium.OpenAsync(sample.Server.Address);

        await session.Page.GotoAsync("/scalar/");

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "SearchEngine", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Link, new() { Name = "Articles", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Link, new() { Name = "Analysis", Exact = true })).ToBeVisibleAsync();
        await session.ScreenshotAsync("api-page");
        session.AssertNoScriptErrorsOrOutsideRequests();
    }
}
