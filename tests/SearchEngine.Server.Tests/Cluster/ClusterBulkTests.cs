using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Cluster;

/// <summary><c>POST /api/articles/_bulk</c> on a cluster node: each valid line published as a PUT, reported with its stream sequence only once acknowledged.</summary>
public sealed class ClusterBulkTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task ABulkThroughASearchNodeIsAcceptedLineByLineInOrderAndServedThereOnceIndexed()
    {
        InstalledNats.SkipWhenMissing();
        using NatsServerProcess nats = await NatsServerProcess.StartAsync(temp.Path);
        await using RunningServer indexer = await ClusterNode.StartAsync(Path.Combine(temp.Path, "indexer"), nats.Url, "indexer", "indexer-1");
        await using RunningServer search = await ClusterNode.StartAsync(Path.Combine(temp.Path, "search"), nats.Url, "search", "search-1");
        var lines = new List<string>();
        for (int i = 0; i < 20; i++)
        {
            lines.Add(Line(new { id = $"masse-{i}", lang = "da", title = $"Masseartikel {i}", body = $"Denne artikel om klyngebulk handler om emnet ord{i}." }));
        }

        lines.Insert(4, Line(new { id = "masse-tysk", lang = "de", body = "Ein Artikel." }));
        lines.Add(Line(new { id = "masse-3", lang = "da", title = "Masseartikel 3, rettet", body = "Denne artikel om klyngebulk er rettet." }));

        JsonElement result = await PostAsync(search, string.Join('\n', lines));

        JsonElement[] items = [.. result.GetProperty("items").EnumerateArray()];
        Assert.Equal(22, items.Length);
        Assert.Equal(1, result.GetProperty("invalid").GetInt32());
        Assert.Equal(0, result.GetProperty("failed").GetInt32());
        JsonElement invalid = Assert.Single(items, static i => i.GetProperty("status").GetString() == "invalid");
        Assert.Equal(5, invalid.GetProperty("line").GetInt32());
        Assert.True(invalid.GetProperty("errors").TryGetProperty("lang", out _));
        Assert.False(invalid.TryGetProperty("sequence", out _));
        JsonElement[] accepted = [.. items.Where(static i => i.GetProperty("status").GetString() == "accepted")];
        Assert.Equal(21, accepted.Length);
        ulong[] sequences = [.. accepted.Select(static i => i.GetProperty("sequence").GetUInt64())];
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Length, sequences.Distinct().Count());

        await ClusterNode.WaitUntilAsync(async () => await ClusterNode.CountAsync(search, "klyngebulk") == 20, "the search node finds the 20 articles of the bulk");
        await ClusterNode.WaitUntilAsync(
            async () => (await search.GetJsonAsync("/api/articles/masse-3")).GetProperty("title").GetString() == "Masseartikel 3, rettet",
            "the later line of an id wins");
        using HttpResponseMessage refused = await search.Client.GetAsync("/api/articles/masse-tysk", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task ABulkToANodeThatCannotReachNatsReportsTheValidLinesFailedAndTheBadOnesInvalid()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        string url = $"nats://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        listener.Stop();
        await using RunningServer node = await ClusterNode.StartAsync(
            Path.Combine(temp.Path, "node"), url, "search", "lonely", "Search:Cluster:StartTimeout=00:00:01", "Search:Cluster:PublishTimeout=00:00:01");
        string body = string.Join(
            '\n',
            Line(new { id = "a", lang = "da", body = "Første." }),
            Line(new { id = "b", lang = "xx", body = "Anden." }),
            Line(new { id = "c", lang = "da", body = "Tredje." }));

        JsonElement result = await PostAsync(node, body);

        Assert.Equal(
            [("a", "failed"), ("b", "invalid"), ("c", "failed")],
            result.GetProperty("items").EnumerateArray().Select(static i => (i.GetProperty("id").GetString(), i.GetProperty("status").GetString())));
        Assert.Equal(2, result.GetProperty("failed").GetInt32());
        Assert.DoesNotContain(result.GetProperty("items").EnumerateArray(), static i => i.TryGetProperty("sequence", out _));
    }

    private static string Line(object article) => JsonSerializer.Serialize(article);

    private static async Task<JsonElement> PostAsync(RunningServer server, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles/_bulk") { Content = new StringContent(body, new UTF8Encoding(false), "application/x-ndjson") };
        request.Headers.Add("X-Api-Key", RunningServer.ApiKey);
        using HttpResponseMessage response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST _bulk -> {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
