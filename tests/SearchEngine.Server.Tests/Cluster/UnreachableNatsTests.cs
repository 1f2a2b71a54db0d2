using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Cluster;

/// <summary>A cluster node whose NATS servers do not answer: it starts, stays unready saying why, and accepts no write.</summary>
public sealed class UnreachableNatsTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("search")]
    [InlineData("indexer")]
    [InlineData("both")]
    public async Task ANodeThatCannotReachNatsIsUnreadyLogsWhyAndAnswersWrites503(string role)
    {
        string url = $"nats://127.0.0.1:{ClosedPort()}";
        using var logs = new CapturedLogs();
        await using RunningServer node = await ClusterNode.StartAsync(
            Path.Combine(temp.Path, "node"), url, role, "lonely", logs, "Search:Cluster:StartTimeout=00:00:01", "Search:Cluster:PublishTimeout=00:00:01");

        using HttpResponseMessage ready = await node.Client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);
        using JsonDocument checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using HttpResponseMessage put = await node.PutArticleAsync("a", ClusterNode.Article("ingen", 1));
        string problem = await put.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("unavailable", checks.RootElement.GetProperty("checks").GetProperty("cluster").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, put.StatusCode);
        Assert.Contains("The change was not accepted.", problem);
        await ClusterNode.WaitUntilAsync(
            () => Task.FromResult(logs.Entries.Any(entry => entry.StartsWith("Error:", StringComparison.Ordinal) && entry.Contains(url, StringComparison.Ordinal))),
            "an error naming the NATS URL is logged");
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
