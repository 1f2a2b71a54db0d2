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
    }

    [Fact]
    public async Task ListsEverySearchParameter()
    {
        JsonElement document = await server.GetJsonAsync("/openapi/v1.json");
        JsonElement search = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        string[] parameters = [.. search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!)];

        Assert.Equal(["after", "date", "from", "lang", "organization", "page", "person", "q", "size", "sort", "to"], parameters.Order());
        Assert.True(search.GetProperty("responses").TryGetProperty("400", out _));
    }
}
