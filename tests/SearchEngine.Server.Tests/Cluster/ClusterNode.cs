using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SearchEngine.Server.Cluster;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Cluster;

/// <summary>Starts in-process servers as cluster nodes over real nats-server processes, and waits for what they do, boundedly.</summary>
internal static class ClusterNode
{
    /// <summary>The longest any wait for the cluster takes before the test fails (two shared cores: generous).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Starts a node with <paramref name="role"/> over <paramref name="indexPath"/>, one replica per stream and bucket unless settings say otherwise.</summary>
    public static Task<RunningServer> StartAsync(string indexPath, string urls, string role, string node, params string[] settings) =>
        StartAsync(indexPath, urls, role, node, logs: null, settings);

    /// <summary>Starts a node as <see cref="StartAsync(string, string, string, string, string[])"/> does, its log captured from the first line into <paramref name="logs"/>.</summary>
    public static Task<RunningServer> StartAsync(string indexPath, string urls, string role, string node, CapturedLogs? logs, params string[] settings) =>
        RunningServer.StartConfiguredAsync(
            indexPath,
            builder =>
            {
                if (logs is not null)
                {
                    builder.Logging.AddProvider(logs);
                }
            },
            [
                $"Search:ApiKey={RunningServer.ApiKey}",
                $"Search:Cluster:Urls={urls}",
                $"Search:Cluster:Role={role}",
                $"Search:Cluster:NodeName={node}",
                "Search:Cluster:Replicas=1",
                "Search:Cluster:BatchWait=00:00:01",
                "Search:Cluster:LeaseTtl=00:00:03",
                "Search:Cluster:StartTimeout=00:00:30",
                .. settings,
            ]);

    /// <summary>Returns the number of articles a search for <paramref name="query"/> finds on <paramref name="server"/>, or -1 while it cannot search.</summary>
    public static async Task<long> CountAsync(RunningServer server, string query)
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query), TestContext.Current.CancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return -1;
        }

        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return body.RootElement.GetProperty("total").GetInt64();
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling, at most <see cref="Patience"/>; fails naming <paramref name="what"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        DateTime deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Still not true after {Patience}: {what}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Returns an article in the API's schema whose body holds <paramref name="marker"/> and a word of its own.</summary>
    public static object Article(string marker, int number) => new
    {
        lang = "da",
        date = "2024-05-01",
        title = $"Klyngeartikel nummer {number}",
        body = $"Denne artikel om {marker} handler om emnet ord{number} og intet andet.",
        persons = Array.Empty<string>(),
        organizations = Array.Empty<string>(),
    };

    /// <summary>PUTs an article and returns the stream sequence of the 202, failing on any other answer.</summary>
    public static async Task<ulong> PutAcceptedAsync(RunningServer server, string id, object article)
    {
        using HttpResponseMessage response = await server.PutArticleAsync(id, article);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"PUT {id} -> {(int)response.StatusCode}: {body}");
        using JsonDocument json = JsonDocument.Parse(body);
        Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
        Assert.Equal("put", json.RootElement.GetProperty("change").GetString());
        return json.RootElement.GetProperty("sequence").GetUInt64();
    }

    /// <summary>Returns the node's cluster figures.</summary>
    public static ClusterMetrics Metrics(RunningServer server) =>
        (ClusterMetrics)server.Services.GetService(typeof(ClusterMetrics))!;
}
