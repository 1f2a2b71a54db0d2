using System.Net;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Hosting;

/// <summary>
/// <c>X-Forwarded-For</c> names the client for the per-client rate limit only when the connection comes from a proxy
/// in <c>Search:TrustedProxies</c>; the tests' connections come from 127.0.0.1.
/// </summary>
public sealed class TrustedProxyTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task BehindATrustedProxyEachForwardedClientHasItsOwnBucket()
    {
        await using RunningServer server = await StartAsync("Search:TrustedProxies:0=127.0.0.1");

        Assert.Equal(HttpStatusCode.OK, await SearchAsAsync(server, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await SearchAsAsync(server, "203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SearchAsAsync(server, "203.0.113.1"));
    }

    [Fact]
    public async Task ATrustedNetworkCountsAsAProxyAndThePartAClientWroteIsNotBelieved()
    {
        await using RunningServer server = await StartAsync("Search:TrustedProxies:0=127.0.0.0/8");

        // The client wrote 198.51.100.7 itself; the proxy appended the address it saw.
        Assert.Equal(HttpStatusCode.OK, await SearchAsAsync(server, "198.51.100.7, 203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SearchAsAsync(server, "198.51.100.8, 203.0.113.1"));
    }

    [Fact]
    public async Task WithoutTrustedProxiesForwardedAddressesAreIgnored()
    {
        await using RunningServer server = await StartAsync();

        Assert.Equal(HttpStatusCode.OK, await SearchAsAsync(server, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SearchAsAsync(server, "203.0.113.2"));
    }

    [Fact]
    public async Task AProxyThatIsNotTrustedIsIgnored()
    {
        await using RunningServer server = await StartAsync("Search:TrustedProxies:0=10.0.0.0/8");

        Assert.Equal(HttpStatusCode.OK, await SearchAsAsync(server, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SearchAsAsync(server, "203.0.113.2"));
    }

    private Task<RunningServer> StartAsync(params string[] settings) =>
        RunningServer.StartAsync(Path.Combine(temp.Path, "index"), ["Search:RateLimitPermits=1", "Search:RateLimitWindow=00:10:00", .. settings]);

    private static async Task<HttpStatusCode> SearchAsAsync(RunningServer server, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=rente");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using HttpResponseMessage response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
