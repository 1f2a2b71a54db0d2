using System.Net;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Hosting;

/// <summary>Errors outside the endpoints are problem+json too.</summary>
[Collection(SampleServer.Collection)]
public sealed class ProblemResponseTests(SampleServer sample)
{
    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task AnUnknownPathIsA404Problem()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/api/nothing-here", TestContext.Current.CancellationToken);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AWrongMethodIsA405Problem()
    {
        using var content = new StringContent("{}");
        using HttpResponseMessage response = await server.Client.PostAsync("/api/search", content, TestContext.Current.CancellationToken);

        await Problems.AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task NoCorsHeadersUnlessConfigured()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=rente");
        request.Headers.Add("Origin", "https://elsewhere.example");
        using HttpResponseMessage response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
