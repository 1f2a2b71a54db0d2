using System.Text.Json;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Search;

/// <summary><c>GET /api/facets/{facet}?prefix=&amp;limit=</c>: the facet value search.</summary>
[Collection(SampleServer.Collection)]
public sealed class FacetEndpointTests(SampleServer sample)
{
    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task FindsPersonsByThePrefixOfAnyWord()
    {
        JsonElement result = await server.GetJsonAsync("/api/facets/person?prefix=van");

        Assert.Equal("person", result.GetProperty("facet").GetString());
        Assert.Equal("van", result.GetProperty("prefix").GetString());
        Assert.Equal(["Willem van Straaten:2", "Marieke van Dongen:1"], Values(result));
    }

    [Fact]
    public async Task IgnoresCaseAndDiacritics()
    {
        Assert.Equal(["Ida Nørlund:1"], Values(await server.GetJsonAsync("/api/facets/person?prefix=NOR")));
        Assert.Equal(["Magnus Thorsø:1"], Values(await server.GetJsonAsync("/api/facets/person?prefix=thorso")));
    }

    [Fact]
    public async Task FindsOrganizations()
    {
        JsonElement result = await server.GetJsonAsync("/api/facets/organization?prefix=polder");

        Assert.Equal(["Polderbank:1", "Team Polderwind:2"], Values(result).Order());
    }

    [Fact]
    public async Task NoPrefixListsTheMostFrequentUpToTheLimit()
    {
        JsonElement result = await server.GetJsonAsync("/api/facets/organization?limit=2");

        Assert.Equal(["Vestervind:3", "Fjordbanken:2"], Values(result));
        Assert.Equal(10, (await server.GetJsonAsync("/api/facets/person")).GetProperty("values").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/facets/lang", "facet")]
    [InlineData("/api/facets/date", "facet")]
    [InlineData("/api/facets/Person", "facet")]
    [InlineData("/api/facets/person?limit=0", "limit")]
    [InlineData("/api/facets/person?limit=101", "limit")]
    [InlineData("/api/facets/person?limit=ten", "limit")]
    [InlineData("/api/facets/person?q=(rente", "q")]
    [InlineData("/api/facets/person?lang=en", "lang")]
    [InlineData("/api/facets/person?date=2022-13", "date")]
    [InlineData("/api/facets/organization?notperson=&notorganization=x&from=2023&to=2021", "from")]
    public async Task BadParameterIsA400NamingIt(string path, string parameter)
    {
        using HttpResponseMessage response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);

        await Problems.AssertBadParameterAsync(response, parameter);
    }

    [Fact]
    public async Task OverlongPrefixIsA400()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/api/facets/person?prefix=" + new string('x', 1_001), TestContext.Current.CancellationToken);

        await Problems.AssertBadParameterAsync(response, "prefix");
    }

    [Theory]
    [InlineData("person", "q=vind*")]
    [InlineData("person", "q=vind*&person=Karen%20Holmgaard")]
    [InlineData("organization", "lang=nl&date=2022")]
    [InlineData("organization", "q=rente%20OR%20vind*&from=2021-06&to=2023&notperson=Willem%20van%20Straaten")]
    [InlineData("person", "organization=Vestervind&notorganization=Polderbank")]
    public async Task WithASearchTheCountsAreThatSearchsSidewaysFacet(string facet, string search)
    {
        JsonElement within = await server.GetJsonAsync($"/api/facets/{facet}?limit=100&{search}");
        JsonElement page = await server.GetJsonAsync($"/api/search?{search}");

        // The search's facet lists the top values (then any selected one); the facet search lists them all, same counts.
        string[] listed = [.. page.GetProperty("facets").GetProperty(facet).EnumerateArray().Select(v => $"{v.GetProperty("value").GetString()}:{v.GetProperty("count").GetInt32()}")];
        Assert.NotEmpty(listed);
        Assert.Subset(Values(within).ToHashSet(), listed.ToHashSet());
        Assert.Equal(listed.Take(10), Values(within).Take(listed.Length).Take(10));
    }

    [Fact]
    public async Task WithASearchTheTypeAheadCountsOnlyItsMatches()
    {
        string[] everywhere = Values(await server.GetJsonAsync("/api/facets/person?prefix=van"));
        string[] inDanish = Values(await server.GetJsonAsync("/api/facets/person?prefix=van&lang=da"));
        string[] excluded = Values(await server.GetJsonAsync("/api/facets/person?prefix=van&notperson=Willem%20van%20Straaten"));

        Assert.Equal(["Willem van Straaten:2", "Marieke van Dongen:1"], everywhere);
        Assert.Empty(inDanish);
        Assert.Equal(["Marieke van Dongen:1"], excluded);
    }

    private static string[] Values(JsonElement result) =>
        [.. result.GetProperty("values").EnumerateArray().Select(v => $"{v.GetProperty("value").GetString()}:{v.GetProperty("count").GetInt32()}")];
}
