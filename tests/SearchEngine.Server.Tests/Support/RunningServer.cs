using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SearchEngine.News.Indexing;
using SearchEngine.Server.IndexHosting;

namespace SearchEngine.Server.Tests.Support;

/// <summary>
/// The real server (Kestrel, the whole pipeline) started in the test process on a free loopback port, over an index
/// folder of its own; stopped, as on Ctrl+C, when disposed.
/// </summary>
internal sealed class RunningServer : IAsyncDisposable
{
    /// <summary>An API key the tests configure where writes are allowed.</summary>
    public const string ApiKey = "test-key-0123456789abcdef";

    private readonly WebApplication app;

    private RunningServer(WebApplication app, Uri address, string indexPath)
    {
        this.app = app;
        Address = address;
        IndexPath = indexPath;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Gets the server's base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>Gets the index folder the server serves.</summary>
    public string IndexPath { get; }

    /// <summary>Gets a client whose base address is the server.</summary>
    public HttpClient Client { get; }

    /// <summary>Gets the server's services, to look at its state.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>
    /// Starts a server over <paramref name="indexPath"/>, first building it from the test articles (the server's own
    /// first-start build) unless <paramref name="settings"/> name another sample; rate limiting is off unless set.
    /// </summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="settings">More configuration as <c>Key=Value</c>, e.g. <c>Search:ApiKey=...</c>.</param>
    public static Task<RunningServer> StartAsync(string indexPath, params string[] settings) => StartAsync(indexPath, null, settings);

    /// <summary>
    /// Starts a server over <paramref name="indexPath"/> without the first-start build from the sample articles, as a
    /// node that receives its index from elsewhere will run: over a folder without a commit it listens with the index
    /// not open (its health checks unhealthy) until a commit appears there and the poller opens it.
    /// </summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="settings">More configuration as <c>Key=Value</c>.</param>
    public static Task<RunningServer> StartWithoutFirstStartBuildAsync(string indexPath, params string[] settings) =>
        StartAsync(indexPath, static builder => builder.Services.Remove(builder.Services.Single(static service => service.ImplementationType == typeof(SampleIndexService))), settings);

    /// <summary>Starts a server as <see cref="StartAsync(string, string[])"/> does, with <paramref name="configure"/> changing its services first (a log capture from the first line, say).</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="configure">Changes the assembled services before the server is built.</param>
    /// <param name="settings">More configuration as <c>Key=Value</c>.</param>
    public static Task<RunningServer> StartConfiguredAsync(string indexPath, Action<WebApplicationBuilder> configure, params string[] settings) =>
        StartAsync(indexPath, configure, settings);

    /// <summary>Builds, without starting, the server the way <see cref="StartAsync(string, string[])"/> does.</summary>
    public static WebApplication Build(string indexPath, params string[] settings) => Build(indexPath, null, settings);

    private static async Task<RunningServer> StartAsync(string indexPath, Action<WebApplicationBuilder>? configure, string[] settings)
    {
        WebApplication app = Build(indexPath, configure, settings);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = new Uri(app.Urls.Single());
        return new RunningServer(app, address, indexPath);
    }

    private static WebApplication Build(string indexPath, Action<WebApplicationBuilder>? configure, string[] settings)
    {
        string samples = TestArticles.Write(indexPath + "-sample");
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Search:IndexPath={indexPath}",
            $"--Search:SampleArticlesPath={samples}",
            "--Search:RateLimitPermits=0",
            "--Search:RefreshInterval=00:00:00.100",
            "--Logging:LogLevel:Default=Warning",
            .. TestEngine.Name is string engine ? [$"--Search:Engine={engine}"] : Array.Empty<string>(),
            .. settings.Select(s => "--" + s),
        ];
        return Program.Build(args, configure);
    }

    /// <summary>Returns the server's snapshot holder.</summary>
    public NewsIndex Index => app.Services.GetRequiredService<NewsIndex>();

    /// <summary>Sends <c>GET path</c> and parses the JSON answer, asserting 200.</summary>
    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using HttpResponseMessage response = await Client.GetAsync(path, TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} -> {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Sends <c>PUT /api/articles/{id}</c> with <paramref name="article"/> as JSON and the given key (none when null).</summary>
    public async Task<HttpResponseMessage> PutArticleAsync(string id, object article, string? key = ApiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/articles/" + Uri.EscapeDataString(id)) { Content = JsonContent.Create(article) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Stops the server as Ctrl+C does: no new connections, requests in flight finish, then the index closes.</summary>
    public Task StopAsync() => app.StopAsync(CancellationToken.None);

    /// <summary>Stops the server gracefully and releases the client.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
