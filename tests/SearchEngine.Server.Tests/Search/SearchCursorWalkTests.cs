using System.Net;
using System.Text.Json;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Search;

/// <summary>
/// <c>after</c> cursors over HTTP walk every hit of a result larger than <c>Search:MaxResultWindow</c>, with no
/// duplicate and no gap, in the order of one big search, with the total and facets of the first page on every page.
/// </summary>
public sealed class SearchCursorWalkTests(ManyArticlesIndex many) : IClassFixture<ManyArticlesIndex>
{
    private const int Window = 100;

    [Theory]
    [InlineData("", "relevance", 50)]
    [InlineData("", "date", 37)]
    [InlineData("ba*", "relevance", 50)]
    [InlineData("ba* OR ke*", "date", 45)]
    [InlineData("ba*", "oldest", 40)]
    public async Task ACursorWalksEveryHitOfOneBigSearchPastTheResultWindow(string query, string sort, int size)
    {
        string search = $"/api/search?q={Uri.EscapeDataString(query)}&sort={sort}";
        List<string> expected;
        // The reference is one page of every hit, each highlighted: no time budget, so a loaded machine cannot cut it short.
        await using (RunningServer big = await StartAsync($"Search:MaxPageSize={ManyArticlesIndex.Count}", $"Search:MaxResultWindow={ManyArticlesIndex.Count}", "Search:SearchBudgetMs=0"))
        {
            JsonElement all = await GetAsync(big, $"{search}&size={ManyArticlesIndex.Count}");
            expected = Ids(all);
            Assert.Equal(all.GetProperty("total").GetInt64(), expected.Count);
            Assert.Equal(JsonValueKind.Null, all.GetProperty("next").ValueKind);
        }

        await using RunningServer server = await StartAsync($"Search:MaxResultWindow={Window}");
        using (HttpResponseMessage beyond = await server.Client.GetAsync($"{search}&size={size}&page={(Window / size) + 1}", TestContext.Current.CancellationToken))
        {
            await Problems.AssertBadParameterAsync(beyond, "page");
        }

        JsonElement first = await GetAsync(server, $"{search}&size={size}");
        JsonElement page = first;
        var walked = new List<string>();
        for (int pages = 1; ; pages++)
        {
            walked.AddRange(Ids(page));
            Assert.Equal(first.GetProperty("total").GetInt64(), page.GetProperty("total").GetInt64());
            Assert.Equal(first.GetProperty("facets").GetRawText(), page.GetProperty("facets").GetRawText());
            Assert.Equal(1, page.GetProperty("page").GetInt32());
            if (page.GetProperty("next").GetString() is not { } next || pages > ManyArticlesIndex.Count)
            {
                break;
            }

            page = await GetAsync(server, $"{search}&size={size}&after={Uri.EscapeDataString(next)}");
        }

        Assert.True(expected.Count > 3 * Window, $"{expected.Count} hits");
        Assert.Equal(walked.Count, walked.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(expected.ToHashSet(StringComparer.Ordinal), walked.ToHashSet(StringComparer.Ordinal));
        Assert.Equal(expected, walked);
    }

    private static List<string> Ids(JsonElement response) =>
        [.. response.GetProperty("hits").EnumerateArray().Select(static hit => hit.GetProperty("id").GetString()!)];

    private static async Task<JsonElement> GetAsync(RunningServer server, string path)
    {
        using HttpResponseMessage response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} -> {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private Task<RunningServer> StartAsync(params string[] settings) =>
        RunningServer.StartAsync(many.IndexPath, ["Search:MaxTermExpansions=1000000", .. settings]);
}
