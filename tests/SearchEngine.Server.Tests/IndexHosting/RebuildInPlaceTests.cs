using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.IndexHosting;

/// <summary>
/// The served folder rebuilt in place (a writer in create mode, as <c>searchctl rebuild</c>) while clients query
/// without pause, on the engine under test: no request fails, every page holds documents of one build only (all
/// "a-" or all "b-", with that build's total), and the server ends up serving the new build.
/// </summary>
public sealed class RebuildInPlaceTests : IAsyncLifetime
{
    private const int BuildA = 30;
    private const int BuildB = 20;
    private static readonly TimeSpan VisibleWithin = TimeSpan.FromSeconds(10);
    private readonly TempDirectory temp = new();
    private RunningServer server = null!;

    public async ValueTask InitializeAsync()
    {
        string indexPath = Path.Combine(temp.Path, "index");
        Build(indexPath, "a", BuildA, new NewsIndexOptions { Engine = TestEngine.Name, Create = true });
        server = await RunningServer.StartAsync(indexPath);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task EveryPageDuringARebuildInPlaceHoldsOneBuildAndTheNewOneIsServedAtLast()
    {
        var failures = new ConcurrentQueue<string>();
        long requests = 0;
        long pagesOfB = 0;
        using var stop = new CancellationTokenSource();
        string[] paths = ["/api/search?q=fælles", "/api/search?q=fælles&page=2", "/api/search?q=fælles&sort=date", "/api/search?q=fælles&page=3&size=7"];
        Task[] clients = [.. Enumerable.Range(0, 4).Select(client => Task.Run(async () =>
        {
            for (int i = client; !stop.IsCancellationRequested; i++)
            {
                string path = paths[i % paths.Length];
                string? problem = await CheckPageAsync(path);
                if (problem is "b")
                {
                    Interlocked.Increment(ref pagesOfB);
                }
                else if (problem is not null and not "a")
                {
                    failures.Enqueue(problem);
                }

                Interlocked.Increment(ref requests);
            }
        }, CancellationToken.None))];

        var warming = Stopwatch.StartNew();
        while (Interlocked.Read(ref requests) < 20 && warming.Elapsed < VisibleWithin)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        long requestsBefore = Interlocked.Read(ref requests);
        long generationBefore = (await server.GetJsonAsync("/healthz")).GetProperty("generation").GetInt64();
        await Task.Run(() => Build(server.IndexPath, "b", BuildB, new NewsIndexOptions { Create = true }), TestContext.Current.CancellationToken);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < VisibleWithin && Interlocked.Read(ref pagesOfB) < 20)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        await stop.CancelAsync();
        await Task.WhenAll(clients);

        Assert.Empty(failures);
        Assert.True(requestsBefore >= 20, $"only {requestsBefore} requests ran before the rebuild");
        Assert.True(Interlocked.Read(ref pagesOfB) >= 20, "the rebuilt index was not served");
        Assert.Equal("b", await CheckPageAsync("/api/search?q=fælles&size=50"));

        // Both engines' create mode continues the folder's generations (and segment numbers), so the new build is a
        // newer commit, never one that reuses the served commit's names.
        Assert.True((await server.GetJsonAsync("/healthz")).GetProperty("generation").GetInt64() > generationBefore);
    }

    /// <summary>Builds <paramref name="count"/> Danish articles "prefix-i" sharing the word "fælles", in one commit.</summary>
    private static void Build(string path, string prefix, int count, NewsIndexOptions options)
    {
        using NewsIndex index = NewsIndex.Open(path, options);
        for (int i = 0; i < count; i++)
        {
            index.Add(new Article($"{prefix}-{i}", "da", null, $"Artikel {prefix} {i}", $"En fælles tekst om {prefix}, del {i}.", [], []));
        }

        index.Commit();
    }

    /// <summary>Returns "a" or "b" for a page wholly of one build with that build's total, or a description of what is wrong.</summary>
    private async Task<string?> CheckPageAsync(string path)
    {
        try
        {
            using HttpResponseMessage response = await server.Client.GetAsync(path, CancellationToken.None);
            string body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"{path} -> {(int)response.StatusCode}: {body}";
            }

            using var json = JsonDocument.Parse(body);
            long total = json.RootElement.GetProperty("total").GetInt64();
            string[] ids = [.. json.RootElement.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("id").GetString()!)];
            string? build = total == BuildA ? "a" : total == BuildB ? "b" : null;
            return build is not null && ids.All(id => id.StartsWith(build + "-", StringComparison.Ordinal))
                ? build
                : $"{path} -> total {total} with ids [{string.Join(", ", ids)}]: a mix of builds";
        }
        catch (HttpRequestException ex)
        {
            return $"{path} -> {ex.Message}";
        }
    }
}
