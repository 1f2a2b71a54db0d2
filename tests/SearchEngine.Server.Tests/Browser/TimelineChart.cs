using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>
/// The timeline above the results as the tests see it: a group of bar buttons named "label: N articles", and what
/// the API's date facet says those bars should be.
/// </summary>
internal static class TimelineChart
{
    /// <summary>The months as the English page names them (the tests run without culture data: invariant globalization).</summary>
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The selector of the bars (for Tab and focus checks, where a role cannot be asked for).</summary>
    public const string BarSelector = "#timeline-chart [role=button]";

    /// <summary>Returns the timeline section.</summary>
    public static ILocator Section(IPage page) => page.Locator("#timeline");

    /// <summary>Returns the chart: the group named by the timeline's heading.</summary>
    public static ILocator Chart(IPage page) => Section(page).GetByRole(AriaRole.Group);

    /// <summary>Returns the chart's bars, in order.</summary>
    public static ILocator Bars(IPage page) => Chart(page).GetByRole(AriaRole.Button);

    /// <summary>Returns the bar whose accessible name starts with <paramref name="label"/> and a colon ("2022:", "March 2022:").</summary>
    public static ILocator Bar(IPage page, string label) =>
        Chart(page).GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(label) + ":") });

    /// <summary>Returns the "All years" button.</summary>
    public static ILocator AllYears(IPage page) => Section(page).GetByRole(AriaRole.Button, new() { Name = "All years", Exact = true });

    /// <summary>Returns the accessible names of the bars, in order.</summary>
    public static Task<string[]> NamesAsync(IPage page) =>
        page.Locator(BarSelector).EvaluateAllAsync<string[]>("bars => bars.map(b => b.getAttribute('aria-label'))");

    /// <summary>Returns the values of the bars that show as chosen (aria-pressed), in order.</summary>
    public static Task<string[]> PressedAsync(IPage page) =>
        page.Locator(BarSelector + "[aria-pressed=true]").EvaluateAllAsync<string[]>("bars => bars.map(b => b.dataset.value)");

    /// <summary>
    /// Returns the bar names the years view should show for an <c>/api/search</c> answer: every year from the first to
    /// the last in its date facet, a year without matches as 0.
    /// </summary>
    public static string[] ExpectedYears(JsonElement answer, Func<long, string> articles)
    {
        Dictionary<int, long> counts = answer.GetProperty("facets").GetProperty("date").EnumerateArray()
            .ToDictionary(y => int.Parse(y.GetProperty("value").GetString()!, CultureInfo.InvariantCulture), y => y.GetProperty("count").GetInt64());
        return [.. Enumerable.Range(counts.Keys.Min(), counts.Keys.Max() - counts.Keys.Min() + 1)
            .Select(year => $"{year.ToString(CultureInfo.InvariantCulture)}: {articles(counts.GetValueOrDefault(year))}")];
    }

    /// <summary>Returns the bar names the months view of <paramref name="year"/> should show: its 12 months, in English, a month without matches as 0.</summary>
    public static string[] ExpectedMonths(JsonElement answer, int year)
    {
        JsonElement? entry = answer.GetProperty("facets").GetProperty("date").EnumerateArray()
            .Select(y => (JsonElement?)y)
            .SingleOrDefault(y => y!.Value.GetProperty("value").GetString() == year.ToString(CultureInfo.InvariantCulture));
        Dictionary<string, long> counts = entry is JsonElement found
            ? found.GetProperty("children").EnumerateArray().ToDictionary(m => m.GetProperty("value").GetString()!, m => m.GetProperty("count").GetInt64())
            : [];
        return [.. Enumerable.Range(1, 12).Select(month =>
        {
            string value = $"{year.ToString(CultureInfo.InvariantCulture)}-{month.ToString("00", CultureInfo.InvariantCulture)}";
            return $"{MonthName(value)}: {English(counts.GetValueOrDefault(value))}";
        })];
    }

    /// <summary>Returns the English name of a YYYY-MM month as the page says it ("2022-03" -> "March 2022").</summary>
    public static string MonthName(string month) =>
        $"{EnglishMonths[int.Parse(month[5..7], CultureInfo.InvariantCulture) - 1]} {month[..4]}";

    /// <summary>Returns a count of articles as the English page says it.</summary>
    public static string English(long count) => count == 1 ? "1 article" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} articles";

    /// <summary>Returns a count of articles as the Danish page says it.</summary>
    public static string Danish(long count) => count == 1 ? "1 artikel" : $"{count.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.')} artikler";

    /// <summary>Returns the total of an <c>/api/search</c> answer.</summary>
    public static long Total(JsonElement answer) => answer.GetProperty("total").GetInt64();
}
