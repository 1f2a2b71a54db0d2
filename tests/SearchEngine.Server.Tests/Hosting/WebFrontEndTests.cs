using System.Net;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Hosting;

/// <summary>The web front end in wwwroot is served at <c>/</c> whenever the server has one.</summary>
[Collection(SampleServer.Collection)]
public sealed class WebFrontEndTests(SampleServer sample)
{
    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task TheRootServesIndexHtmlWhenThereIsAFrontEnd()
    {
        // The server's wwwroot is copied beside its binary, and from there beside these tests.
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "index.html")))
        {
            Assert.Skip("src/SearchEngine.Server has no wwwroot/index.html yet.");
        }

        using HttpResponseMessage response = await server.Client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AMissingFileIsA404Problem()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/no-such-file.js", TestContext.Current.CancellationToken);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
