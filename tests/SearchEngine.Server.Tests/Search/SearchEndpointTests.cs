using System.Text.Json;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Search;

/// <summary><c>GET /api/search</c> with every parameter, against the real server over the test articles.</summary>
[Collection(SampleServer.Collection)]
public sealed class SearchEndpointTests(SampleServer sample)
{
    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task AnswersWithTheDocumentedShape()
    {
        JsonElement result = await server.GetJsonAsync("/api/search?q=havvind");

        Assert.Equal("havvind", result.GetProperty("query").GetString());
        Assert.True(result.GetProperty("tookMs").GetDouble() >= 0);
        Assert.Equal(1, result.GetProperty("page").GetInt32());
        Assert.Equal(10, result.GetProperty("size").GetInt32());
        JsonElement hit = result.GetProperty("hits")[0];
        foreach (string field in new[] { "id", "title", "date", "lang", "score", "titleHtml", "snippets", "persons", "organizations" })
        {
            Assert.True(hit.TryGetProperty(field, out _), $"a hit has no '{field}': {hit}");
        }

        JsonElement facets = result.GetProperty("facets");
        foreach (string dimension in new[] { "date", "person", "organization", "lang" })
        {
            Assert.Equal(JsonValueKind.Array, facets.GetProperty(dimension).ValueKind);
        }
    }

    [Fact]
    public async Task QueryFindsArticlesThroughTheirOwnLanguage()
    {
        JsonElement result = await server.GetJsonAsync("/api/search?q=havvind");

        Assert.Equal(["da-2021-03-havvind", "da-2023-09-vindmoeller"], Ids(result).Order());
        Assert.Equal(2, result.GetProperty("total").GetInt64());
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.True(h.GetProperty("score").GetSingle() > 0));
    }

    [Fact]
    public async Task EmptyQueryMatchesEveryArticle()
    {
        JsonElement result = await server.GetJsonAsync("/api/search?size=100");

        Assert.Equal(TestArticles.All.Count, result.GetProperty("total").GetInt64());
        Assert.Equal("", result.GetProperty("query").GetString());
    }

    [Fact]
    public async Task QuerySyntaxIsTheClassicOne()
    {
        Assert.Equal(["nl-2021-04-windpark", "nl-2023-03-windpark"], Ids(await server.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("\"windpark\" AND premier"))).Order());
        Assert.Equal(["nl-2021-04-windpark"], Ids(await server.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("windpark -date:2023"))));
        Assert.Equal(["da-2022-01-finanslov"], Ids(await server.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("person:\"Mikkel Brandstrup\""))));
    }

    [Fact]
    public async Task LangKeepsOneLanguageAndItsFacetCountsEveryLanguage()
    {
        JsonElement result = await server.GetJsonAsync("/api/search?lang=nl&size=100");

        Assert.Equal(TestArticles.Dutch, result.GetProperty("total").GetInt64());
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.Equal("nl", h.GetProperty("lang").GetString()));

        // Drill-sideways: the language facet ignores the language filter, so the user sees what switching would give.
        Assert.Equal(TestArticles.Danish, Count(result, "lang", "da"));
        Assert.Equal(TestArticles.Dutch, Count(result, "lang", "nl"));
    }

    [Fact]
    public async Task LanguageCountsOfAQueryTellWhatEachLanguageFinds()
    {
        JsonElement danish = await server.GetJsonAsync("/api/search?q=rente&lang=da");

        Assert.Equal(["da-2021-11-rente", "da-2022-03-risiko"], Ids(danish).Order());
        Assert.Equal(2, Count(danish, "lang", "da"));
        Assert.Equal(1, Count(danish, "lang", "nl"));
        Assert.Equal(["nl-2021-12-rente"], Ids(await server.GetJsonAsync("/api/search?q=rente&lang=nl")));
    }

    [Fact]
    public async Task LangIsCaseInsensitiveAndEmptyMeansBoth()
    {
        Assert.Equal(TestArticles.Danish, (await server.GetJsonAsync("/api/search?lang=DA")).GetProperty("total").GetInt64());
        Assert.Equal(TestArticles.All.Count, (await server.GetJsonAsync("/api/search?lang=")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task PersonFiltersAndRepeatedPersonsAreAlternatives()
    {
        JsonElement one = await server.GetJsonAsync("/api/search?person=" + Uri.EscapeDataString("Karen Holmgaard"));
        JsonElement two = await server.GetJsonAsync("/api/search?person=" + Uri.EscapeDataString("Karen Holmgaard") + "&person=" + Uri.EscapeDataString("Sanne Mulder"));

        Assert.Equal(["da-2021-03-havvind", "da-2022-01-finanslov"], Ids(one).Order());
        Assert.Equal(["da-2021-03-havvind", "da-2022-01-finanslov", "nl-2022-02-schaatsen"], Ids(two).Order());

        // The person facet is counted without the person filter; the others with it.
        Assert.Equal(2, Count(one, "person", "Karen Holmgaard"));
        Assert.Equal(1, Count(one, "person", "Hans Wijnberg"));
        Assert.Equal(1, Count(one, "organization", "Vestervind"));
        Assert.Equal(0, Count(one, "organization", "Polderbank"));
    }

    [Fact]
    public async Task OrganizationFiltersAndCombinesWithPerson()
    {
        JsonElement organization = await server.GetJsonAsync("/api/search?organization=Vestervind&organization=Polderbank");
        JsonElement both = await server.GetJsonAsync("/api/search?organization=Vestervind&person=" + Uri.EscapeDataString("Willem van Straaten"));

        Assert.Equal(["da-2021-03-havvind", "da-2023-09-vindmoeller", "nl-2021-12-rente", "nl-2023-03-windpark"], Ids(organization).Order());
        Assert.Equal(["nl-2023-03-windpark"], Ids(both));

        // Organizations are counted under the person filter only: Willem van Straaten's two articles.
        Assert.Equal(1, Count(both, "organization", "Vestervind"));
        Assert.Equal(1, Count(both, "organization", "Tweede Kamer"));
        Assert.Equal(0, Count(both, "organization", "Polderbank"));
    }

    [Fact]
    public async Task NotPersonAndNotOrganizationDropTheirArticlesAndTheirCounts()
    {
        JsonElement all = await server.GetJsonAsync("/api/search?organization=Vestervind");
        JsonElement without = await server.GetJsonAsync("/api/search?organization=Vestervind&notperson=" + Uri.EscapeDataString("Willem van Straaten"));
        JsonElement neither = await server.GetJsonAsync("/api/search?notorganization=Vestervind&notorganization=Polderbank");

        Assert.Equal(["da-2021-03-havvind", "da-2023-09-vindmoeller", "nl-2023-03-windpark"], Ids(all).Order());
        Assert.Equal(["da-2021-03-havvind", "da-2023-09-vindmoeller"], Ids(without).Order());
        Assert.Equal(0, Count(without, "person", "Willem van Straaten"));
        Assert.Equal(TestArticles.All.Count(a => !a.Organizations.Contains("Vestervind") && !a.Organizations.Contains("Polderbank")), neither.GetProperty("total").GetInt64());
        Assert.Equal(0, Count(neither, "organization", "Vestervind"));
        Assert.Equal(0, Count(neither, "organization", "Polderbank"));
    }

    [Theory]
    [InlineData("date=2022", new[] { "da-2022-01-finanslov", "da-2022-03-risiko", "da-2022-06-etape", "nl-2022-02-schaatsen", "nl-2022-07-zuivel" })]
    [InlineData("date=2022-01", new[] { "da-2022-01-finanslov" })]
    [InlineData("date=2022-03-03", new[] { "da-2022-03-risiko" })]
    [InlineData("from=2023&to=2023-06", new[] { "da-2023-02-gaslagre", "nl-2023-03-windpark" })]
    [InlineData("from=2023-09", new[] { "da-2023-09-vindmoeller", "nl-2023-11-verkiezingen" })]
    [InlineData("to=2021-04", new[] { "da-2021-03-havvind", "nl-2021-04-windpark" })]
    [InlineData("from=2022-06-01&to=2022-07-31", new[] { "da-2022-06-etape", "nl-2022-07-zuivel" })]
    public async Task DateAndRangeFilter(string parameters, string[] expected)
    {
        JsonElement result = await server.GetJsonAsync("/api/search?size=100&" + parameters);

        Assert.Equal(expected, Ids(result).Order());
    }

    [Fact]
    public async Task DateFacetIsYearsWithMonthsCountedWithoutTheDateFilter()
    {
        JsonElement result = await server.GetJsonAsync("/api/search?date=2022-01");
        JsonElement years = result.GetProperty("facets").GetProperty("date");

        Assert.Equal(["2023", "2022", "2021"], years.EnumerateArray().Select(y => y.GetProperty("value").GetString()));
        JsonElement year2022 = years[1];
        Assert.Equal(5, year2022.GetProperty("count").GetInt32());
        Assert.Equal(
            ["2022-07:1", "2022-06:1", "2022-03:1", "2022-02:1", "2022-01:1"],
            year2022.GetProperty("children").EnumerateArray().Select(m => $"{m.GetProperty("value").GetString()}:{m.GetProperty("count").GetInt32()}"));
    }

    [Fact]
    public async Task SortByDateIsNewestFirstWithUndatedLast()
    {
        JsonElement result = await server.GetJsonAsync("/api/search?sort=date&size=100");
        string?[] dates = [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("date").GetString())];

        Assert.Null(dates[^1]);
        string[] dated = [.. dates[..^1].Select(d => d!)];
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
        Assert.Equal("nl-2023-11-verkiezingen", Ids(result)[0]);
    }

    [Fact]
    public async Task SortOldestIsOldestFirstWithUndatedLast()
    {
        JsonElement result = await server.GetJsonAsync("/api/search?sort=oldest&size=100");
        string?[] dates = [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("date").GetString())];

        Assert.Equal(TestArticles.All.Count, dates.Length);
        Assert.Null(dates[^1]);
        string[] dated = [.. dates[..^1].Select(d => d!)];
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.NotEqual(Ids(await server.GetJsonAsync("/api/search?sort=date&size=100"))[0], Ids(result)[0]);
    }

    [Fact]
    public async Task SortOldestPagesSplitTheOldestFirstOrderWithoutOverlap()
    {
        JsonElement all = await server.GetJsonAsync("/api/search?q=rente%20OR%20vind*&sort=oldest&size=100");
        var paged = new List<string>();
        for (int page = 1; page <= 3; page++)
        {
            paged.AddRange(Ids(await server.GetJsonAsync($"/api/search?q=rente%20OR%20vind*&sort=oldest&size=3&page={page}")));
        }

        Assert.True(paged.Count > 3, "the query matches more than one page");
        Assert.Equal(Ids(all).Take(paged.Count), paged);
    }

    [Fact]
    public async Task SortByRelevanceIsTheDefault()
    {
        JsonElement relevance = await server.GetJsonAsync("/api/search?q=rente&sort=relevance");
        JsonElement implicitly = await server.GetJsonAsync("/api/search?q=rente");
        float[] scores = [.. relevance.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("score").GetSingle())];

        Assert.Equal(Ids(relevance), Ids(implicitly));
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task PagesSplitTheResultsWithoutOverlap()
    {
        JsonElement all = await server.GetJsonAsync("/api/search?sort=date&size=100");
        var paged = new List<string>();
        for (int page = 1; page <= 4; page++)
        {
            JsonElement result = await server.GetJsonAsync($"/api/search?sort=date&size=4&page={page}");
            Assert.Equal(page, result.GetProperty("page").GetInt32());
            Assert.Equal(4, result.GetProperty("size").GetInt32());
            Assert.Equal(TestArticles.All.Count, result.GetProperty("total").GetInt64());
            Assert.Equal(TestArticles.Danish, Count(result, "lang", "da"));
            paged.AddRange(Ids(result));
        }

        Assert.Equal(Ids(all), paged);
        Assert.Empty(Ids(await server.GetJsonAsync("/api/search?size=4&page=5")));
    }

    [Fact]
    public async Task RelevancePagesFollowTheFirstPage()
    {
        string[] all = Ids(await server.GetJsonAsync("/api/search?q=rente&size=100"));
        var paged = new List<string>();
        for (int page = 1; page <= all.Length; page++)
        {
            paged.AddRange(Ids(await server.GetJsonAsync($"/api/search?q=rente&size=1&page={page}")));
        }

        Assert.Equal(3, all.Length);
        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task TitleAndSnippetsAreEscapedHtmlWithTheMatchesMarked()
    {
        JsonElement hit = (await server.GetJsonAsync("/api/search?q=analyse")).GetProperty("hits")[0];

        Assert.Equal("Rente &amp; risiko: &lt;<mark>analyse</mark>&gt;", hit.GetProperty("titleHtml").GetString());
        string snippet = Assert.Single(hit.GetProperty("snippets").EnumerateArray()).GetString()!;
        Assert.StartsWith("En <mark>analyse</mark> af renten", snippet);
    }

    [Fact]
    public async Task ASelectedPersonOutsideTheTopValuesStillHasItsCount()
    {
        using var temp = new TempDirectory();
        await using RunningServer narrow = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"), "Search:FacetValues=1");

        JsonElement result = await narrow.GetJsonAsync("/api/search?person=" + Uri.EscapeDataString("Samira Bouzidi"));
        JsonElement persons = result.GetProperty("facets").GetProperty("person");

        Assert.Equal(2, persons.GetArrayLength());
        Assert.Equal("Karen Holmgaard", persons[0].GetProperty("value").GetString());
        Assert.Equal(1, Count(result, "person", "Samira Bouzidi"));
    }

    [Fact]
    public async Task StopWordsOnlyFindNothing()
    {
        JsonElement result = await server.GetJsonAsync("/api/search?q=og");

        Assert.Equal(0, result.GetProperty("total").GetInt64());
    }

    internal static string[] Ids(JsonElement result) =>
        [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    internal static int Count(JsonElement result, string dimension, string value) =>
        result.GetProperty("facets").GetProperty(dimension).EnumerateArray()
            .Where(v => v.GetProperty("value").GetString() == value)
            .Select(v => v.GetProperty("count").GetInt32())
            .SingleOrDefault();
}
