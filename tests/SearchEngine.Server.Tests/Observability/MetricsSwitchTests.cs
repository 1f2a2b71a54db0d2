using System.Net;
using Microsoft.Extensions.Options;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Observability;

/// <summary><c>Search:Metrics:Enabled</c>.</summary>
public sealed class MetricsSwitchTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task TurnedOffThereIsNoMetricsEndpoint()
    {
        await using RunningServer server = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"), "Search:Metrics:Enabled=false");

        using HttpResponseMessage response = await server.Client.GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void AValueThatIsNotABooleanStopsTheStartNamingTheKey()
    {
        OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => RunningServer.Build(Path.Combine(temp.Path, "index"), "Search:Metrics:Enabled=sometimes"));

        Assert.Contains("Search:Metrics:Enabled must be true or false; it is 'sometimes'.", error.Message);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "index")), "a failed start creates no index folder");
    }
}
