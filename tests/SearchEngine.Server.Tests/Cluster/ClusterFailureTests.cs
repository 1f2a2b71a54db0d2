using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Cluster;

/// <summary>
/// The cluster of <c>scripts/cluster.sh</c> (real nats-server, server and nginx processes on loopback) loses no
/// acknowledged write and fails no read while its processes are killed, restarted and stopped.
/// </summary>
public sealed class ClusterFailureTests
{
    private const int Writes = 1_000;

    /// <summary>
    /// A search node and the indexer are SIGKILLed and started again during the writes, and a NATS node is stopped for
    /// good after the 700th (two of three keep the stream's majority).
    /// </summary>
    [Fact]
    public async Task NoAcknowledgedPutIsLostWhileASearchNodeTheIndexerAndANatsNodeGoDown()
    {
        await using ClusterScript cluster = await ClusterScript.UpAsync();
        using var client = new HttpClient { BaseAddress = cluster.Nginx, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", cluster.Settings["API_KEY"]);

        // What happens to the cluster after the nth write was sent: a search node killed and back, the indexer killed
        // mid batch and back (the writes go on meanwhile, acknowledged by the stream), and a NATS node stopped.
        var events = new Dictionary<int, Func<Task>>
        {
            [150] = () => cluster.KillAsync("search-1"),
            [300] = () => cluster.StartAsync("search-1"),
            [400] = () => cluster.KillAsync("indexer"),
            [550] = () => cluster.StartAsync("indexer"),
            [700] = () => cluster.StopAsync("nats-3"),
        };

        var acknowledged = new ConcurrentBag<string>();
        var refused = new ConcurrentBag<string>();
        int sent = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, Writes), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, token) =>
        {
            int order = Interlocked.Increment(ref sent);
            if (events.TryGetValue(order, out Func<Task>? happen))
            {
                await happen();
            }

            string id = $"chaos-{n:D4}";
            try
            {
                using HttpResponseMessage response = await client.PutAsJsonAsync($"/api/articles/{id}", Article(n), token);
                (response.StatusCode == HttpStatusCode.Accepted ? acknowledged : refused).Add($"{id} {(int)response.StatusCode}");
            }
            catch (HttpRequestException e)
            {
                refused.Add($"{id} {e.Message}");
            }
        });

        var acked = acknowledged.Select(entry => entry.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.True(acked.Count >= Writes * 9 / 10, $"only {acked.Count} of {Writes} writes were acknowledged; refused: {string.Join("; ", refused.Take(10))}\n{cluster.Logs()}");

        foreach (Uri node in cluster.SearchNodes)
        {
            using var direct = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(30) };
            int documents = await WaitForDocumentsAsync(direct, acked.Count, cluster);

            // Every acknowledged article is there; every article there was sent (an unacknowledged put may still have
            // been stored) and is there once: the node's count equals the distinct ids it finds. Such a put can arrive
            // while the ids are read, so they are read until the count before and after agree (at most five rounds).
            HashSet<string> found = [];
            for (int round = 0; round < 5; round++)
            {
                found = await FoundAsync(direct);
                int after = await WaitForDocumentsAsync(direct, 0, cluster);
                if (after == documents)
                {
                    break;
                }

                documents = after;
            }

            Assert.Empty(acked.Except(found));
            Assert.Equal(found.Count, documents);
        }
    }

    /// <summary>
    /// nginx retries a read on the other node when the killed one refused or reset it before answering, and the server
    /// sends each answer in one write (<c>WholeResponses</c>), so no answer is cut short by the kill.
    /// </summary>
    [Fact]
    public async Task ReadsThroughNginxAllSucceedWhileASearchNodeIsKilled()
    {
        await using ClusterScript cluster = await ClusterScript.UpAsync();
        using var client = new HttpClient { BaseAddress = cluster.Nginx, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", cluster.Settings["API_KEY"]);
        for (int n = 0; n < 40; n++)
        {
            using HttpResponseMessage put = await client.PutAsJsonAsync($"/api/articles/read-{n:D2}", Article(n), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Accepted, put.StatusCode);
        }

        foreach (Uri node in cluster.SearchNodes)
        {
            using var direct = new HttpClient { BaseAddress = node };
            await WaitForDocumentsAsync(direct, 40, cluster);
        }

        var failures = new ConcurrentBag<string>();
        int succeeded = 0;
        using var stop = new CancellationTokenSource();
        Task[] readers = [.. Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            for (int i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    using HttpResponseMessage response = await client.GetAsync($"/api/search?q=vindmølle{(i + r) % 40}&facets=person,organization", CancellationToken.None);
                    if (response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref succeeded);
                    }
                    else
                    {
                        failures.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }
                catch (HttpRequestException e)
                {
                    failures.Add(e.Message);
                }
            }
        }))];

        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        await cluster.KillAsync("search-1");
        await Task.Delay(TimeSpan.FromSeconds(6), TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(succeeded > 100, $"only {succeeded} reads were made");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {succeeded + failures.Count} reads failed: {string.Join("; ", failures.Take(5))}");
    }

    /// <summary>Returns the ids of the test's articles <paramref name="node"/> serves.</summary>
    private static async Task<HashSet<string>> FoundAsync(HttpClient node)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int n = 0; n < Writes; n++)
        {
            string id = $"chaos-{n:D4}";
            using HttpResponseMessage response = await node.GetAsync($"/api/articles/{id}", TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                found.Add(id);
            }
        }

        return found;
    }

    /// <summary>An article whose body names its number (<c>vindmølle17</c>), so a search finds it alone.</summary>
    private static object Article(int n) => new
    {
        lang = "da",
        date = "2026-12-07",
        title = $"Artikel nummer {n}",
        body = $"Denne artikel handler om vindmølle{n % 40} og om havvind ud for Jylland.",
        persons = Array.Empty<string>(),
        organizations = Array.Empty<string>(),
    };

    /// <summary>Waits (at most two minutes) until the node is ready and serves at least <paramref name="expected"/> articles; returns how many it serves.</summary>
    private static async Task<int> WaitForDocumentsAsync(HttpClient node, int expected, ClusterScript cluster)
    {
        int documents = -1;
        for (int i = 0; i < 240; i++)
        {
            try
            {
                using HttpResponseMessage ready = await node.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    using JsonDocument health = JsonDocument.Parse(await node.GetStringAsync("/healthz", TestContext.Current.CancellationToken));
                    documents = health.RootElement.GetProperty("documents").GetInt32();
                    if (documents >= expected)
                    {
                        return documents;
                    }
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"{node.BaseAddress} serves {documents} articles after two minutes, {expected} expected.\n{cluster.Logs()}");
        return documents;
    }
}
