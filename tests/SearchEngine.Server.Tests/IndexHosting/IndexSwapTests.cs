using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.IndexHosting;

/// <summary>
/// A new index swapped in under a loaded server, as <c>searchctl rebuild</c> does it from another process: no request
/// fails, and the new documents become visible within seconds.
/// </summary>
public sealed class IndexSwapTests : IAsyncLifetime
{
    private static readonly TimeSpan VisibleWithin = TimeSpan.FromSeconds(10);
    private readonly TempDirectory temp = new();
    private RunningServer server = null!;

    public async ValueTask InitializeAsync() => server = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"));

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task ARebuildByAnotherWriterIsSwappedInWithoutAFailedRequest()
    {
        string source = TestArticles.Write(Path.Combine(temp.Path, "rebuild"), [.. TestArticles.All, .. TestArticles.Extra("okapi", 5)]);

        SwapResult result = await UnderLoadAsync("okapi", () =>
        {
            // What searchctl rebuild does: a writer in create mode, the same bulk indexer, one commit.
            using NewsIndex index = NewsIndex.Open(server.IndexPath, new NewsIndexOptions { Create = true });
            BulkIndexer.Run(index, ArticleReader.Read(source));
        });

        Assert.Empty(result.Failures);
        Assert.Equal(5, result.NewTotal);
        Assert.True(result.Requests > 20, $"only {result.Requests} requests ran during the swap");
    }

    [Fact]
    public async Task SearchctlRebuildInAnotherProcessIsSwappedInWithoutAFailedRequest()
    {
        Assert.True(File.Exists(Searchctl.AssemblyPath), $"{Searchctl.AssemblyPath} is missing (the project reference copies it)");
        string source = TestArticles.Write(Path.Combine(temp.Path, "rebuild"), [.. TestArticles.All.Take(10), .. TestArticles.Extra("tapir", 7)]);
        long before = (await server.GetJsonAsync("/healthz")).GetProperty("generation").GetInt64();

        SwapResult result = await UnderLoadAsync("tapir", () =>
        {
            (int exitCode, string error) = Searchctl.Run("rebuild", "--index", server.IndexPath, "--source", source, "--json");
            Assert.True(exitCode == 0, error);
        });

        Assert.Empty(result.Failures);
        Assert.Equal(7, result.NewTotal);
        JsonElement health = await server.GetJsonAsync("/healthz");
        Assert.True(health.GetProperty("generation").GetInt64() > before);
        Assert.Equal(17, health.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task ADamagedCommitIsSkippedAndTheNextGoodOneSwappedIn()
    {
        long before = (await server.GetJsonAsync("/healthz")).GetProperty("generation").GetInt64();
        string bogus = Path.Combine(server.IndexPath, "segments_zz");
        await File.WriteAllTextAsync(bogus, "not a commit point", TestContext.Current.CancellationToken);

        // Several poll intervals: each fails to open the damaged commit and keeps the snapshot it has.
        await Task.Delay(500, TestContext.Current.CancellationToken);
        JsonElement health = await server.GetJsonAsync("/healthz");
        Assert.Equal(before, health.GetProperty("generation").GetInt64());
        Assert.Equal(2, (await server.GetJsonAsync("/api/search?q=havvind")).GetProperty("total").GetInt64());

        File.Delete(bogus);
        using (NewsIndex index = NewsIndex.Open(server.IndexPath))
        {
            index.Add(new Article("efter-skaden", "da", null, "Efter skaden", "En artikel om flodheste.", [], []));
            index.Commit();
        }

        await WaitUntilAsync(async () => (await server.GetJsonAsync("/api/search?q=flodheste")).GetProperty("total").GetInt64() == 1);
    }

    /// <summary>
    /// Runs four client loops of mixed searches while <paramref name="swap"/> writes a new index, waits until a search
    /// for <paramref name="word"/> finds something, keeps the load on a little longer, and reports.
    /// </summary>
    private async Task<SwapResult> UnderLoadAsync(string word, Action swap)
    {
        var failures = new ConcurrentQueue<string>();
        long requests = 0;
        using var stop = new CancellationTokenSource();
        string[] paths = ["/api/search?q=rente", "/api/search?q=windpark&lang=nl", "/api/search?person=Karen%20Holmgaard&sort=date", "/api/facets/person?prefix=l", "/healthz", "/api/search?page=2&size=3"];
        Task[] clients = [.. Enumerable.Range(0, 4).Select(client => Task.Run(async () =>
        {
            for (int i = client; !stop.IsCancellationRequested; i++)
            {
                string path = paths[i % paths.Length];
                try
                {
                    using HttpResponseMessage response = await server.Client.GetAsync(path, CancellationToken.None);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Enqueue($"{path} -> {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
                    }
                }
                catch (HttpRequestException ex)
                {
                    failures.Enqueue($"{path} -> {ex.Message}");
                }

                Interlocked.Increment(ref requests);
            }
        }, CancellationToken.None))];

        await Task.Delay(300, TestContext.Current.CancellationToken);
        await Task.Run(swap, TestContext.Current.CancellationToken);
        var waited = Stopwatch.StartNew();
        long total = 0;
        while (waited.Elapsed < VisibleWithin && total == 0)
        {
            total = (await server.GetJsonAsync("/api/search?q=" + word)).GetProperty("total").GetInt64();
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        await Task.Delay(300, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await Task.WhenAll(clients);
        return new SwapResult([.. failures], total, Interlocked.Read(ref requests));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < VisibleWithin, $"not visible within {VisibleWithin}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private sealed record SwapResult(IReadOnlyList<string> Failures, long NewTotal, long Requests);
}
