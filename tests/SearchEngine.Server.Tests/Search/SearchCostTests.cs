using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Search;

/// <summary>
/// What bounds the cost of searches on a server: at most <c>Search:MaxConcurrentSearches</c> run at once (more wait in
/// a short queue, beyond it 503), <c>/healthz</c> and the front end are never held up by them, and the facade's
/// term-expansion cap and time budget come back as a 400 and a 503.
/// </summary>
public sealed class SearchCostTests(ManyArticlesIndex many) : IClassFixture<ManyArticlesIndex>
{
    /// <summary>Prefix queries over the made-up words: each expands to thousands of terms.</summary>
    private static readonly string[] Prefixes = [.. "bdfghklmnprstvaeiou".Select(c => c + "*")];

    [Fact]
    public async Task BeyondTheConcurrentSearchesASearchIsA503ProblemWithRetryAfterAndHealthIsNotHeldUp()
    {
        await using RunningServer server = await StartAsync("Search:MaxConcurrentSearches=1", "Search:SearchQueueLength=0");
        HttpResponseMessage? refused = null;
        int answered = 0;
        for (int round = 0; round < 5 && refused is null; round++)
        {
            Task<HttpResponseMessage>[] searches = [.. Enumerable.Range(0, 50).Select(i => server.Client.GetAsync(SearchPath(i), TestContext.Current.CancellationToken))];
            using (HttpResponseMessage health = await server.Client.GetAsync("/healthz", TestContext.Current.CancellationToken))
            {
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            }

            using (HttpResponseMessage file = await server.Client.GetAsync("/app.css", TestContext.Current.CancellationToken))
            {
                Assert.NotEqual(HttpStatusCode.ServiceUnavailable, file.StatusCode);
            }

            foreach (HttpResponseMessage response in await Task.WhenAll(searches))
            {
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{response.RequestMessage?.RequestUri} -> {(int)response.StatusCode}");
                answered += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
                if (refused is null && response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    refused = response;
                }
                else
                {
                    response.Dispose();
                }
            }
        }

        Assert.True(refused is not null, "50 searches at once never found the one permit taken");
        using (refused)
        {
            JsonElement problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.ServiceUnavailable);
            Assert.Contains("Search:MaxConcurrentSearches", problem.GetProperty("detail").GetString());
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {refused.Headers.RetryAfter}");
            SecurityHeaderAssert.Present(refused);
        }

        Assert.True(answered > 0, "no search was answered");
    }

    [Fact]
    public async Task HealthAnswersWithinASecondWhileFiftyClientsRunExpensivePrefixSearches()
    {
        await using RunningServer server = await StartAsync();
        var statuses = new ConcurrentDictionary<HttpStatusCode, int>();
        using var stop = new CancellationTokenSource();
        Task[] clients = [.. Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            for (int n = i; !stop.IsCancellationRequested; n++)
            {
                try
                {
                    using HttpResponseMessage response = await server.Client.GetAsync(SearchPath(n), stop.Token);
                    statuses.AddOrUpdate(response.StatusCode, 1, (_, c) => c + 1);
                    if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                    {
                        // As a client honouring Retry-After would, only sooner, to keep the server full.
                        await Task.Delay(50, stop.Token);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
            }
        }))];

        var loaded = Stopwatch.StartNew();
        while (!statuses.ContainsKey(HttpStatusCode.OK) && loaded.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        int answeredBefore = statuses.GetValueOrDefault(HttpStatusCode.OK);
        var slowest = TimeSpan.Zero;
        for (int probe = 0; probe < 20; probe++)
        {
            var watch = Stopwatch.StartNew();
            using HttpResponseMessage health = await server.Client.GetAsync("/healthz", TestContext.Current.CancellationToken);
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        int answeredDuring = statuses.GetValueOrDefault(HttpStatusCode.OK) - answeredBefore;
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        Assert.True(slowest < TimeSpan.FromSeconds(1), $"the slowest /healthz took {slowest.TotalMilliseconds:0} ms");
        Assert.True(answeredDuring > 0, "no search was answered while health was probed");
        Assert.All(statuses.Keys, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"a search got {(int)status}"));
    }

    [Fact]
    public async Task OrdinarySearchesKeepTheirSlotsWhileAFloodOfPrefixSearchesIsRefusedInItsOwnLane()
    {
        await using RunningServer server = await StartAsync("Search:MaxConcurrentSearches=2", "Search:SearchQueueLength=0");
        var broad = new ConcurrentDictionary<HttpStatusCode, int>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        Task[] flood = [.. Enumerable.Range(0, 50).Select(i => Task.Run(
            async () =>
            {
                for (int n = i; !stop.IsCancellationRequested; n++)
                {
                    using HttpResponseMessage response = await server.Client.GetAsync(SearchPath(n), CancellationToken.None);
                    broad.AddOrUpdate(response.StatusCode, 1, (_, count) => count + 1);
                }
            },
            CancellationToken.None))];

        // One ordinary search at a time never finds the ordinary lane full, whatever the flood does.
        var ordinary = new List<HttpStatusCode>();
        for (int i = 0; i < 30 || broad.GetValueOrDefault(HttpStatusCode.ServiceUnavailable) == 0 && i < 300; i++)
        {
            using HttpResponseMessage response = await server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(Prefixes[i % Prefixes.Length].TrimEnd('*') + "a"), TestContext.Current.CancellationToken);
            ordinary.Add(response.StatusCode);
        }

        await stop.CancelAsync();
        await Task.WhenAll(flood);

        Assert.True(broad.GetValueOrDefault(HttpStatusCode.ServiceUnavailable) > 0, "the flood of prefix searches never filled its lane");
        Assert.All(ordinary, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Theory]
    [InlineData("regeringen", false)]
    [InlineData("\"sænke skatten\"~2 AND NOT moms", false)]
    [InlineData("rege*", true)]
    [InlineData("date:[2021-12 TO 2022-01]", true)]
    [InlineData("date:{2021-12 TO 2022-01]", true)]
    public void PrefixesAndRangesAreBroadSearches(string query, bool broad) =>
        Assert.Equal(broad, SearchEngine.Server.Hosting.RateLimiting.IsBroad(query));

    [Fact]
    public async Task APrefixOverMaxTermExpansionsIsA400NamingTheQuery()
    {
        await using RunningServer server = await StartAsync("Search:MaxTermExpansions=10");

        using HttpResponseMessage response = await server.Client.GetAsync("/api/search?q=b*", TestContext.Current.CancellationToken);

        await Problems.AssertBadParameterAsync(response, "q");
        SecurityHeaderAssert.Present(response);
    }

    [Fact]
    public async Task ASearchPastItsBudgetIsA503NamingTheBudgetWithRetryAfter()
    {
        await using RunningServer server = await StartAsync("Search:SearchBudgetMs=1");

        using HttpResponseMessage response = await server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(string.Join(" OR ", Prefixes)), TestContext.Current.CancellationToken);

        JsonElement problem = await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("budget of 1 ms (Search:SearchBudgetMs)", problem.GetProperty("detail").GetString());
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {response.Headers.RetryAfter}");
    }

    private static string SearchPath(int i) => "/api/search?q=" + Uri.EscapeDataString(Prefixes[i % Prefixes.Length]);

    private Task<RunningServer> StartAsync(params string[] settings) =>
        RunningServer.StartAsync(many.IndexPath, ["Search:MaxTermExpansions=1000000", .. settings]);
}
