using System.Net;
using System.Text.Json;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Search;

/// <summary>Every bad search parameter is a 400 problem+json naming it; nothing reaches the engine.</summary>
[Collection(SampleServer.Collection)]
public sealed class SearchValidationTests(SampleServer sample)
{
    private readonly RunningServer server = sample.Server;

    [Theory]
    [InlineData("lang=en", "lang")]
    [InlineData("lang=danish", "lang")]
    [InlineData("sort=popular", "sort")]
    [InlineData("sort=asc", "sort")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("page=99999999999999999999", "page")]
    [InlineData("page=1001&size=10", "page")]
    [InlineData("size=0", "size")]
    [InlineData("size=101", "size")]
    [InlineData("size=1e3", "size")]
    [InlineData("size=-5", "size")]
    [InlineData("date=2022-13", "date")]
    [InlineData("date=20221", "date")]
    [InlineData("date=2022-02-30", "date")]
    [InlineData("date=yesterday", "date")]
    [InlineData("date=2022&from=2021", "date")]
    [InlineData("from=x", "from")]
    [InlineData("to=2021-02-30", "to")]
    [InlineData("from=2023&to=2021", "from")]
    [InlineData("from=2022-05-02&to=2022-05-01", "from")]
    [InlineData("after=garbage", "after")]
    [InlineData("after=AgABAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "after")]
    [InlineData("after=garbage&page=2", "after")]
    public async Task BadParameterIsA400NamingIt(string query, string parameter)
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/api/search?" + query, TestContext.Current.CancellationToken);

        await Problems.AssertBadParameterAsync(response, parameter);
    }

    [Fact]
    public async Task EveryBadParameterIsNamedAtOnce()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/api/search?lang=xx&sort=yy&page=0&size=0&date=no", TestContext.Current.CancellationToken);

        JsonElement problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        string[] named = [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
        Assert.Equal(["date", "lang", "page", "size", "sort"], named.Order());
    }

    [Theory]
    [InlineData("sort=date", "sort=relevance", "")]
    [InlineData("sort=relevance", "sort=date", "")]
    [InlineData("sort=date", "sort=date", "&page=2")]
    [InlineData("sort=relevance", "sort=relevance", "&edit")]
    public async Task ACursorOfAnotherSortWithAPageOrEditedIsA400NamingAfter(string made, string used, string change)
    {
        string next = await NextAsync($"/api/search?{made}&size=1");
        string after = change == "&edit" ? next[..^2] + (next[^2] == 'A' ? 'B' : 'A') + next[^1] : next;
        string extra = change == "&edit" ? string.Empty : change;

        using HttpResponseMessage response = await server.Client.GetAsync($"/api/search?{used}&size=1&after={Uri.EscapeDataString(after)}{extra}", TestContext.Current.CancellationToken);

        await Problems.AssertBadParameterAsync(response, "after");
    }

    [Fact]
    public async Task TheNextCursorOfAPageContinuesWithTheNextPage()
    {
        string next = await NextAsync("/api/search?size=2");

        using HttpResponseMessage second = await server.Client.GetAsync("/api/search?size=2&page=2", TestContext.Current.CancellationToken);
        using HttpResponseMessage after = await server.Client.GetAsync($"/api/search?size=2&after={Uri.EscapeDataString(next)}", TestContext.Current.CancellationToken);

        JsonElement byPage = JsonDocument.Parse(await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        JsonElement byCursor = JsonDocument.Parse(await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(byPage.GetProperty("hits").GetRawText(), byCursor.GetProperty("hits").GetRawText());
        Assert.Equal(byPage.GetProperty("next").GetString(), byCursor.GetProperty("next").GetString());
    }

    private async Task<string> NextAsync(string path)
    {
        using HttpResponseMessage response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        return body.GetProperty("next").GetString() ?? throw new InvalidOperationException($"{path} has no next page");
    }

    [Theory]
    [InlineData("(regeringen", 0)]
    [InlineData("\"open phrase", 0)]
    [InlineData("title:", 0)]
    [InlineData("date:[2021 TO", 5)]
    public async Task QueryThatDoesNotParseIsA400WithThePosition(string query, int minimumPosition)
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query), TestContext.Current.CancellationToken);

        string[] messages = await Problems.AssertBadParameterAsync(response, "q");
        JsonElement problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        int position = problem.GetProperty("position").GetInt32();
        Assert.InRange(position, minimumPosition, query.Length);
        Assert.Contains(position.ToString(System.Globalization.CultureInfo.InvariantCulture), messages[0]);
    }

    [Fact]
    public async Task OverlongQueryIsA400()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/api/search?q=" + new string('a', 1_001), TestContext.Current.CancellationToken);

        string[] messages = await Problems.AssertBadParameterAsync(response, "q");
        Assert.Contains("1001", messages[0]);
    }

    [Fact]
    public async Task OverlongOrTooManyFilterValuesAreA400()
    {
        using HttpResponseMessage longValue = await server.Client.GetAsync("/api/search?person=" + new string('p', 201), TestContext.Current.CancellationToken);
        string many = string.Join('&', Enumerable.Range(0, 51).Select(i => $"organization=o{i}"));
        using HttpResponseMessage tooMany = await server.Client.GetAsync("/api/search?" + many, TestContext.Current.CancellationToken);

        await Problems.AssertBadParameterAsync(longValue, "person");
        await Problems.AssertBadParameterAsync(tooMany, "organization");
    }

    [Theory]
    [InlineData("notperson")]
    [InlineData("notorganization")]
    public async Task OverlongOrTooManyExcludedValuesAreA400NamingTheParameter(string parameter)
    {
        using HttpResponseMessage longValue = await server.Client.GetAsync($"/api/search?{parameter}=" + new string('p', 201), TestContext.Current.CancellationToken);
        string many = string.Join('&', Enumerable.Range(0, 51).Select(i => $"{parameter}=v{i}"));
        using HttpResponseMessage tooMany = await server.Client.GetAsync("/api/search?" + many, TestContext.Current.CancellationToken);

        await Problems.AssertBadParameterAsync(longValue, parameter);
        await Problems.AssertBadParameterAsync(tooMany, parameter);
    }

    [Fact]
    public async Task BlankFilterValuesAreIgnored()
    {
        JsonElement result = await server.GetJsonAsync("/api/search?person=&organization=%20&date=&from=&to=&sort=&page=&size=");

        Assert.Equal(TestArticles.All.Count, result.GetProperty("total").GetInt64());
    }
}
