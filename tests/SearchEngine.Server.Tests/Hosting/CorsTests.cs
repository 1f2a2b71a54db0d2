using System.Net;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Hosting;

/// <summary>Cross-origin access for configured origins only.</summary>
public sealed class CorsTests : IAsyncLifetime
{
    private const string Allowed = "https://news.example";
    private readonly TempDirectory temp = new();
    private RunningServer server = null!;

    public async ValueTask InitializeAsync() =>
        server = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"), $"Search:AllowedOrigins:0={Allowed}");

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task AConfiguredOriginMayCallTheApi()
    {
        using HttpResponseMessage response = await SendAsync(HttpMethod.Get, Allowed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Allowed], response.Headers.GetValues("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/api/articles/x", "PUT")]
    [InlineData("/api/articles/x", "DELETE")]
    [InlineData("/api/articles/_bulk", "POST")]
    public async Task APreflightForAWriteAllowsTheKeyHeader(string path, string method)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", Allowed);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key,content-type");

        using HttpResponseMessage response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode, $"preflight -> {(int)response.StatusCode}");
        Assert.Contains(method, string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.Contains("x-api-key", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnotherOriginGetsNoCorsHeaders()
    {
        using HttpResponseMessage response = await SendAsync(HttpMethod.Get, "https://elsewhere.example");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string origin)
    {
        using var request = new HttpRequestMessage(method, "/api/search?q=rente");
        request.Headers.Add("Origin", origin);
        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
