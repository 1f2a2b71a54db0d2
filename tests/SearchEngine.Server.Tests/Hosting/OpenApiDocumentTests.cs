using System.Text.Json;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Hosting;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>.</summary>
[Collection(SampleServer.Collection)]
public sealed class OpenApiDocumentTests(SampleServer sample)
{
    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task DescribesEveryEndpoint()
    {
        JsonElement document = await server.GetJsonAsync("/openapi/v1.json");
        JsonElement paths = document.GetProperty("paths");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.Equal("SearchEngine", document.GetProperty("info").GetProperty("title").GetString());
        Assert.True(paths.TryGetProperty("/api/search", out _));
        Assert.True(paths.TryGetProperty("/api/facets/{facet}", out _));
        Assert.True(paths.TryGetProperty("/healthz", out _));
        Assert.True(paths.TryGetProperty("/healthz/live", out _));
        Assert.True(paths.TryGetProperty("/healthz/ready", out _));
        JsonElement article = paths.GetProperty("/api/articles/{id}");
        Assert.True(article.TryGetProperty("get", out _));
        Assert.True(article.TryGetProperty("put", out _));
        Assert.True(article.TryGetProperty("delete", out _));
        Assert.True(paths.GetProperty("/api/articles/_bulk").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/analyze").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task DeclaresTheApiKeyAsAHeaderScheme()
    {
        JsonElement document = await server.GetJsonAsync("/openapi/v1.json");
        JsonElement scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");

        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
    }

    [Theory]
    [InlineData("/api/articles/{id}", "put", true)]
    [InlineData("/api/articles/{id}", "delete", true)]
    [InlineData("/api/articles/_bulk", "post", true)]
    [InlineData("/api/articles/{id}", "get", false)]
    [InlineData("/api/search", "get", false)]
    [InlineData("/api/analyze", "get", false)]
    [InlineData("/api/facets/{facet}", "get", false)]
    [InlineData("/healthz", "get", false)]
    public async Task MarksExactlyTheWritesAsNeedingTheKey(string path, string method, bool needsKey)
    {
        JsonElement document = await server.GetJsonAsync("/openapi/v1.json");
        JsonElement operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);

        string[] schemes = operation.TryGetProperty("security", out JsonElement security)
            ? [.. security.EnumerateArray().SelectMany(static requirement => requirement.EnumerateObject().Select(static s => s.Name))]
            : [];
        Assert.Equal(needsKey ? ["ApiKey"] : [], schemes);
    }

    [Fact]
    public async Task ListsEverySearchParameter()
    {
        JsonElement document = await server.GetJsonAsync("/openapi/v1.json");
        JsonElement search = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        string[] parameters = [.. search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!)];

        Assert.Equal(["after", "date", "from", "lang", "notorganization", "notperson", "organization", "page", "person", "q", "size", "sort", "to"], parameters.Order());
        Assert.True(search.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task TheFacetValueSearchTakesTheSearchsQueryAndFiltersButNoPage()
    {
        JsonElement document = await server.GetJsonAsync("/openapi/v1.json");
        JsonElement facets = document.GetProperty("paths").GetProperty("/api/facets/{facet}").GetProperty("get");
        string[] parameters = [.. facets.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!)];

        Assert.Equal(["date", "facet", "from", "lang", "limit", "notorganization", "notperson", "organization", "person", "prefix", "q", "to"], parameters.Order());
    }
}
