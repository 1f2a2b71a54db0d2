using System.Net;
using SearchEngine.News.Search;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Observability;

/// <summary><c>GET /metrics</c>: the request metrics per endpoint and the index gauges, in Prometheus text.</summary>
public sealed class MetricsEndpointTests : IAsyncLifetime
{
    private readonly TempDirectory temp = new();
    private RunningServer server = null!;

    public async ValueTask InitializeAsync() =>
        server = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"), "Search:ApiKey=" + RunningServer.ApiKey);

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task RequestDurationsAreCountedPerEndpointTemplateNotPerPath()
    {
        const string route = "/api/articles/{id}";
        using (HttpResponseMessage read = await server.Client.GetAsync("/api/articles/da-2021-11-rente", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using (HttpResponseMessage missing = await server.Client.GetAsync("/api/articles/no-such-article", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        PrometheusText metrics = await PrometheusText.ScrapeAsync(server);

        IReadOnlyList<PrometheusText.Sample> buckets = metrics.Find("http_server_request_duration_seconds_bucket", ("http_route", route), ("http_request_method", "GET"), ("http_response_status_code", "200"));
        Assert.NotEmpty(buckets);
        Assert.Equal(1, buckets.Single(b => b.Labels["le"] == "+Inf").Value);
        Assert.Equal(1, Assert.Single(metrics.Find("http_server_request_duration_seconds_count", ("http_route", route), ("http_response_status_code", "404"))).Value);
        Assert.DoesNotContain(metrics.Samples, s => s.Labels.TryGetValue("http_route", out string? value) && value.Contains("rente", StringComparison.Ordinal));

        // The scrape itself is not a request the metrics count.
        Assert.Empty(metrics.Find("http_server_request_duration_seconds_count", ("http_route", "/metrics")));
    }

    [Fact]
    public async Task TheIndexGaugesAreTheServedCommitsGenerationAndArticles()
    {
        foreach (string id in new[] { "da-metrics-1", "da-metrics-2" })
        {
            using HttpResponseMessage put = await server.PutArticleAsync(id, new { lang = "da", title = "Målinger", body = "En artikel om målinger af søgninger." });
            Assert.True(put.IsSuccessStatusCode, $"PUT {id} -> {(int)put.StatusCode}");
        }

        PrometheusText metrics = await PrometheusText.ScrapeAsync(server);

        using NewsSearcherLease lease = server.Index.AcquireSearcher();
        Assert.Equal(TestArticles.All.Count + 2, lease.Searcher.Documents);
        Assert.Equal(lease.Searcher.Generation, Assert.Single(metrics.Find("searchengine_index_generation", ("otel_scope_name", "SearchEngine.Server"))).Value);
        Assert.Equal(lease.Searcher.Documents, Assert.Single(metrics.Find("searchengine_index_documents", ("otel_scope_name", "SearchEngine.Server"))).Value);
        Assert.Equal(TestArticles.All.Count + 2, (await server.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task AnotherServerInTheSameProcessIsNotReported()
    {
        await using RunningServer other = await RunningServer.StartAsync(Path.Combine(temp.Path, "other"));
        using (HttpResponseMessage search = await other.Client.GetAsync("/api/search?q=rente", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        }

        PrometheusText metrics = await PrometheusText.ScrapeAsync(server);

        // The meters of both hosts have the same names; each server reports its own host's only.
        Assert.Empty(metrics.Find("http_server_request_duration_seconds_count", ("http_route", "/api/search")));
        Assert.Single(metrics.Find("searchengine_index_generation"));
        Assert.Single(metrics.Find("searchengine_index_documents"));
    }

    [Fact]
    public async Task TheScrapeNeedsNoKeyAndCarriesTheSecurityHeaders()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SecurityHeaderAssert.Present(response);
    }
}
