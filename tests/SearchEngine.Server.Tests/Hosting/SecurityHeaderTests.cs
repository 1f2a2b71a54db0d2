using System.Net;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Hosting;

/// <summary>Every response carries the security headers: front end, API, and errors of every kind.</summary>
[Collection(SampleServer.Collection)]
public sealed class SecurityHeaderTests(SampleServer sample)
{
    private readonly RunningServer server = sample.Server;

    [Theory]
    [InlineData("GET", "/", HttpStatusCode.OK)]
    [InlineData("GET", "/app.js", HttpStatusCode.OK)]
    [InlineData("GET", "/api/search?q=rente", HttpStatusCode.OK)]
    [InlineData("GET", "/healthz", HttpStatusCode.OK)]
    [InlineData("GET", "/healthz/ready", HttpStatusCode.OK)]
    [InlineData("GET", "/metrics", HttpStatusCode.OK)]
    [InlineData("GET", "/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("GET", "/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/search?size=0", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/search?q=%22open", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/search", HttpStatusCode.MethodNotAllowed)]
    [InlineData("PUT", "/api/articles/da-ny", HttpStatusCode.Forbidden)]
    public async Task EveryResponseCarriesTheSecurityHeaders(string method, string path, HttpStatusCode status)
    {
        if (path is "/" or "/app.js" && !File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "index.html")))
        {
            Assert.Skip("src/SearchEngine.Server has no wwwroot here.");
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using HttpResponseMessage response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        SecurityHeaderAssert.Present(response);
    }
}
