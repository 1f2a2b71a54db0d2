using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Health;

/// <summary>
/// <c>GET /healthz/live</c> and <c>GET /healthz/ready</c>, on a server that starts over a folder without a commit (no
/// first-start build, as a node that receives its index from elsewhere) and is ready only once one is open.
/// </summary>
public sealed class HealthProbeTests : IAsyncLifetime
{
    private static readonly TimeSpan OpenedWithin = TimeSpan.FromSeconds(10);
    private readonly TempDirectory temp = new();
    private RunningServer server = null!;

    public async ValueTask InitializeAsync() =>
        server = await RunningServer.StartWithoutFirstStartBuildAsync(Path.Combine(temp.Path, "index"));

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task ReadyOnlyOnceACommitIsOpenAndLiveThroughout()
    {
        Assert.False(server.Index.HasCommit, "the folder starts without a commit");

        (HttpStatusCode status, JsonElement body) = await ProbeAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.Equal("unavailable", body.GetProperty("checks").GetProperty("news-index").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ProbeAsync("/healthz/live")).Status);
        using (HttpResponseMessage health = await server.Client.GetAsync("/healthz", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }

        // Before any commit the index gauges report nothing, rather than a made-up zero.
        PrometheusText before = await PrometheusText.ScrapeAsync(server);
        Assert.Empty(before.Find("searchengine_index_generation"));
        Assert.Empty(before.Find("searchengine_index_documents"));

        // Another writer commits into the folder (as searchctl would, or later the cluster's sync); the poller opens it.
        // A folder without a commit records no engine yet, so the writer names the server's.
        using (NewsIndex writer = NewsIndex.Open(server.IndexPath, new NewsIndexOptions { Engine = server.Index.Engine }))
        {
            writer.Add(new Article("da-klar", "da", ArticleDate.Parse("2024"), "Klar til søgning", "Den første artikel i et tomt indeks.", [], []));
            writer.Commit();
        }

        var waited = Stopwatch.StartNew();
        while ((await ProbeAsync("/healthz/ready")).Status != HttpStatusCode.OK)
        {
            Assert.True(waited.Elapsed < OpenedWithin, $"not ready within {OpenedWithin} of the first commit");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        (_, JsonElement ready) = await ProbeAsync("/healthz/ready");
        Assert.Equal("ok", ready.GetProperty("status").GetString());
        Assert.Equal("ok", ready.GetProperty("checks").GetProperty("news-index").GetString());
        (HttpStatusCode liveStatus, JsonElement live) = await ProbeAsync("/healthz/live");
        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal("ok", live.GetProperty("status").GetString());
        Assert.Equal(1, (await server.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
        PrometheusText after = await PrometheusText.ScrapeAsync(server);
        Assert.Equal(1, Assert.Single(after.Find("searchengine_index_documents")).Value);
        Assert.Equal(1, Assert.Single(after.Find("searchengine_index_generation")).Value);
    }

    [Fact]
    public async Task TheProbesCarryTheSecurityHeadersAndLeakNoPath()
    {
        foreach (string path in new[] { "/healthz/ready", "/healthz/live" })
        {
            using HttpResponseMessage response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
            string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            SecurityHeaderAssert.Present(response);
            Assert.DoesNotContain(temp.Path, body, StringComparison.Ordinal);
        }
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> ProbeAsync(string path)
    {
        using HttpResponseMessage response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }
}
