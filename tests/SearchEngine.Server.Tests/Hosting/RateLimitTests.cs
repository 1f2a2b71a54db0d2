using System.Net;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Hosting;

/// <summary>The per-client rate limit on the API.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly TempDirectory temp = new();
    private RunningServer server = null!;

    public async ValueTask InitializeAsync() =>
        server = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"), "Search:RateLimitPermits=3", "Search:RateLimitWindow=00:10:00");

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task RequestsOverTheLimitAre429ProblemsWithRetryAfter()
    {
        string[] paths = ["/api/search?q=rente", "/api/facets/person", "/api/articles/da-2021-11-rente"];
        foreach (string path in paths)
        {
            using HttpResponseMessage allowed = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using HttpResponseMessage refused = await server.Client.GetAsync("/api/search?q=rente", TestContext.Current.CancellationToken);

        await Problems.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {refused.Headers.RetryAfter}");
        SecurityHeaderAssert.Present(refused);

        // Probes and scrapes are not API calls: they stay reachable for a client over its limit.
        foreach (string probe in new[] { "/healthz", "/healthz/live", "/healthz/ready", "/metrics" })
        {
            using HttpResponseMessage health = await server.Client.GetAsync(probe, TestContext.Current.CancellationToken);
            Assert.True(health.StatusCode == HttpStatusCode.OK, $"{probe} -> {(int)health.StatusCode}");
        }
    }
}
