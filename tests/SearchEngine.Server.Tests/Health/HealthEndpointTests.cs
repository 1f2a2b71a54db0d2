using System.Text.Json;
using SearchEngine.News.Engines;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Health;

/// <summary><c>GET /healthz</c>.</summary>
[Collection(SampleServer.Collection)]
public sealed class HealthEndpointTests(SampleServer sample)
{
    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task ReportsTheOpenCommitAndItsDocuments()
    {
        JsonElement health = await server.GetJsonAsync("/healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(TestEngine.Name ?? NewsEngines.Default, health.GetProperty("engine").GetString());
        Assert.True(health.GetProperty("generation").GetInt64() >= 1);
        Assert.Equal(TestArticles.All.Count, health.GetProperty("documents").GetInt32());
        Assert.True(health.GetProperty("segments").GetInt32() >= 1);
        Assert.False(health.GetProperty("writesEnabled").GetBoolean());
        Assert.True(health.GetProperty("openedAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task ReadyAndLiveWhileServing()
    {
        JsonElement ready = await server.GetJsonAsync("/healthz/ready");
        JsonElement live = await server.GetJsonAsync("/healthz/live");

        Assert.Equal("ok", ready.GetProperty("status").GetString());
        Assert.Equal("ok", ready.GetProperty("checks").GetProperty("news-index").GetString());
        Assert.Equal("ok", live.GetProperty("status").GetString());
    }
}
