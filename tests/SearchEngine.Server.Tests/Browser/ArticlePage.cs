using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>The parts of the article page (<c>/article/{id}</c>) the tests look at, and how to know it has loaded.</summary>
internal static partial class ArticlePage
{
    /// <summary>Returns the article's heading (its title).</summary>
    public static ILocator Heading(IPage page) => page.Locator("#article-heading");

    /// <summary>Returns the article's whole text.</summary>
    public static ILocator Text(IPage page) => page.Locator("#article-text");

    /// <summary>Returns the link back to the results page.</summary>
    public static ILocator Back(IPage page) => page.Locator("#back");

    /// <summary>Returns the link of one of the article's persons or organizations.</summary>
    public static ILocator EntityLink(IPage page, string facet, string value) => page.Locator($"#article-{facet}s").GetByRole(AriaRole.Link, new() { Name = value, Exact = false });

    /// <summary>Opens <paramref name="path"/> (relative to the server) and waits until the article page has its answer.</summary>
    public static async Task GotoAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await SettledAsync(page);
    }

    /// <summary>Waits until the page is the article page and its article (or its error) is shown.</summary>
    public static async Task SettledAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync(ArticlePageClass());
        await Assertions.Expect(page.Locator("body")).Not.ToHaveClassAsync(Loading());
        await Assertions.Expect(page.Locator("#main")).ToHaveAttributeAsync("aria-busy", "false");
    }

    /// <summary>Returns the number of times <c>&lt;mark&gt;</c> opens in an HTML text of the server.</summary>
    public static int MarksIn(string html) => Regex.Count(html, "<mark>", RegexOptions.CultureInvariant);

    /// <summary>Returns a text with its runs of white space as one space, to compare the text a page shows with the API's.</summary>
    public static string Collapsed(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex("\\barticle-page\\b")]
    private static partial Regex ArticlePageClass();

    [GeneratedRegex("\\bloading\\b")]
    private static partial Regex Loading();

    [GeneratedRegex("\\s+")]
    private static partial Regex WhiteSpace();
}
