using System.Net;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Hosting;

/// <summary>
/// Every answer leaves whole, with a Content-Length and not in chunks, so a node killed while answering sends nothing
/// that nginx cannot retry elsewhere (<c>WholeResponses</c>; the cluster's read test kills a node under load).
/// </summary>
[Collection(SampleServer.Collection)]
public sealed class WholeResponseTests(SampleServer sample)
{
    private readonly RunningServer server = sample.Server;

    [Theory]
    [InlineData("GET", "/api/search?q=rente&facets=person,organization", HttpStatusCode.OK)]
    [InlineData("GET", "/api/facets/person?prefix=a", HttpStatusCode.OK)]
    [InlineData("GET", "/healthz", HttpStatusCode.OK)]
    [InlineData("GET", "/healthz/ready", HttpStatusCode.OK)]
    [InlineData("GET", "/metrics", HttpStatusCode.OK)]
    [InlineData("GET", "/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("GET", "/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/search?q=%22open", HttpStatusCode.BadRequest)]
    [InlineData("PUT", "/api/articles/da-ny", HttpStatusCode.Forbidden)]
    public async Task EveryAnswerHasItsLengthAndNoChunks(string method, string path, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using HttpResponseMessage response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        byte[] body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.True(body.Length > 0, "the answer has a body");
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
    }
}
