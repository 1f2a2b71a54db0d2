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

    private static string[] Values(JsonElement result) =>
        [.. result.GetProperty("values").EnumerateArray().Select(v => $"{v.GetProperty("value").GetString()}:{v.GetProperty("count").GetInt32()}")];
}
