namespace SearchEngine.Server.Tests.Support;

/// <summary>
/// An index of a few thousand articles of made-up words (<see cref="TestArticles.Many"/>), built once by the
/// server's own first start, for tests that need searches to cost real work; each test then starts its own server
/// over it with its own settings, one at a time (nothing writes).
/// </summary>
public sealed class ManyArticlesIndex : IAsyncLifetime
{
    /// <summary>The number of articles.</summary>
    public const int Count = 3_000;

    private readonly TempDirectory temp = new();

    /// <summary>Gets the index folder.</summary>
    public string IndexPath => Path.Combine(temp.Path, "index");

    /// <summary>Builds the index.</summary>
    public async ValueTask InitializeAsync()
    {
        string samples = TestArticles.Write(Path.Combine(temp.Path, "articles"), TestArticles.Many(Count));
        await using RunningServer builder = await RunningServer.StartAsync(IndexPath, $"Search:SampleArticlesPath={samples}");
    }

    /// <summary>Deletes the index.</summary>
    public ValueTask DisposeAsync()
    {
        temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
