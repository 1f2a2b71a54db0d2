using SearchEngine.Tests;

namespace SearchEngine.Server.Tests.Support;

/// <summary>
/// One read-only server over the repository's sample articles (index/articles, the articles a fresh clone serves:
/// more than the largest page the front end offers), for the tests of a class.
/// </summary>
public sealed class RepositoryArticlesServer : IAsyncLifetime
{
    private readonly TempDirectory temp = new();
    private RunningServer? server;

    /// <summary>Gets the running server.</summary>
    internal RunningServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>Starts the server, building its index from the repository's sample articles.</summary>
    public async ValueTask InitializeAsync()
    {
        string articles = Path.Combine(TestData.RepositoryRoot, "index", "articles");
        server = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"), $"Search:SampleArticlesPath={articles}");
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        temp.Dispose();
    }
}
