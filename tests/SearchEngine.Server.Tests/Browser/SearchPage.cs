using System.Text.Json;
using Microsoft.Playwright;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>The parts of the search page the tests look at, found as a user finds them: by role and name where they have one.</summary>
internal static class SearchPage
{
    /// <summary>The script that lists a facet's values as "value:count", in the order shown.</summary>
    private const string ListValues = "buttons => buttons.map(b => b.querySelector('.facet-label').textContent + ':' + b.querySelector('.facet-count').textContent)";

    /// <summary>Returns the search box.</summary>
    public static ILocator SearchBox(IPage page) => page.GetByRole(AriaRole.Searchbox, new() { Name = "Search query", Exact = true });

    /// <summary>Returns the result items.</summary>
    public static ILocator Hits(IPage page) => page.Locator("#hits > li.hit");

    /// <summary>Returns the result titles.</summary>
    public static ILocator HitTitles(IPage page) => page.Locator("#hits .hit-title");

    /// <summary>Returns the live status line with the count and time.</summary>
    public static ILocator Status(IPage page) => page.GetByRole(AriaRole.Status);

    /// <summary>Returns the button of a value of the person or organization facet.</summary>
    public static ILocator FacetValue(IPage page, string facet, string value) =>
        page.Locator($"#facet-{facet}").GetByRole(AriaRole.Button, new() { Name = value + ",", Exact = false });

    /// <summary>Returns the "not" button beside a value of the person or organization facet, by its accessible name.</summary>
    public static ILocator ExcludeButton(IPage page, string facet, string value) =>
        page.Locator($"#facet-{facet}").GetByRole(AriaRole.Button, new() { Name = "Exclude " + value, Exact = true });

    /// <summary>Returns the chips of the active exclusions ("not" chips).</summary>
    public static ILocator NotChips(IPage page) => page.Locator("#chips button.chip-not");

    /// <summary>Returns the chips of the active filters.</summary>
    public static ILocator Chips(IPage page) => page.Locator("#chips button.chip");

    /// <summary>Returns a facet's values as "value:count", in the order shown.</summary>
    public static Task<string[]> FacetValuesAsync(IPage page, string facet) =>
        page.Locator($"#facet-{facet} button.facet-value").EvaluateAllAsync<string[]>(ListValues);

    /// <summary>Returns a facet of an <c>/api/search</c> answer as "value:count", in the API's order, to compare with <see cref="FacetValuesAsync"/>.</summary>
    public static string[] ApiFacetValues(JsonElement answer, string facet) =>
        [.. answer.GetProperty("facets").GetProperty(facet).EnumerateArray()
            .Select(v => $"{v.GetProperty("value").GetString()}:{v.GetProperty("count").GetInt32()}")];

    /// <summary>Returns the values of an <c>/api/facets</c> answer as "value:count", in the API's order, to compare with <see cref="FacetValuesAsync"/>.</summary>
    public static string[] ApiValues(JsonElement answer) =>
        [.. answer.GetProperty("values").EnumerateArray()
            .Select(v => $"{v.GetProperty("value").GetString()}:{v.GetProperty("count").GetInt32()}")];

    /// <summary>Returns the titles of the hits shown, as text.</summary>
    public static async Task<string[]> TitlesAsync(IPage page) => [.. await HitTitles(page).AllTextContentsAsync()];
}
