namespace SearchEngine.Server.Tests.Support;

/// <summary>
/// One read-only server over <see cref="TestArticles"/>, shared by the test classes of its collection (nothing there
/// writes); classes that write or need other settings start their own.
/// </summary>
public sealed class SampleServer : IAsyncLifetime
{
    /// <summary>The name of the collection that shares the server.</summary>
    public const string Collection = "sample server";

    private readonly TempDirectory temp = new();
    private RunningServer? server;

    /// <summary>Gets the running server.</summary>
    internal RunningServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>Starts the server, building its index from the test articles.</summary>
    public async ValueTask InitializeAsync() => server = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"));

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
