using System.Net;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;
using SearchEngine.Server.IndexHosting;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.IndexHosting;

/// <summary>Stopping the server lets requests in flight finish, commits queued writes and closes the index.</summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task StoppingUnderLoadFailsNoRequestAndLeavesTheIndexFreeAndComplete()
    {
        string index = Path.Combine(temp.Path, "index");
        await using RunningServer server = await RunningServer.StartAsync(index, $"Search:ApiKey={RunningServer.ApiKey}");
        var statuses = new List<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        Task[] clients = [.. Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using HttpResponseMessage response = await server.Client.GetAsync("/api/search?q=rente", CancellationToken.None);
                    lock (statuses)
                    {
                        statuses.Add(response.StatusCode);
                    }
                }
                catch (HttpRequestException)
                {
                    // Refused once the listener has closed: the server is gone, not failing.
                    return;
                }
            }
        }, CancellationToken.None))];

        await Task.Delay(200, TestContext.Current.CancellationToken);
        Task<HttpResponseMessage> put = server.PutArticleAsync("da-sidste", new { lang = "da", title = "Den sidste artikel om pelikaner", body = "Skrevet om pelikaner lige før serveren stoppede.", persons = Array.Empty<string>(), organizations = Array.Empty<string>() });
        await Task.Delay(20, TestContext.Current.CancellationToken);
        await server.StopAsync();
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Throws<ObjectDisposedException>(() => server.Index.AcquireSearcher());
        HttpStatusCode? written = null;
        try
        {
            using HttpResponseMessage response = await put;
            written = response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // The write arrived after the listener closed; then it must not be in the index either.
        }

        // The write lock is free and the index holds the write exactly when the client was told so.
        using NewsIndex after = NewsIndex.Open(index);
        after.Commit();
        long found = after.Search(new NewsSearchRequest("pelikaner")).Total;
        Assert.Equal(written == HttpStatusCode.Created ? 1 : 0, found);
        Assert.True(written is null or HttpStatusCode.Created, $"the write got {written}");
    }
}
