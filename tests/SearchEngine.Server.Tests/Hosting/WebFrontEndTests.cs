using System.Net;
using SearchEngine.Server.Hosting;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Hosting;

/// <summary>The web front end in wwwroot is served at <c>/</c>, and its article page at <c>/article/{id}</c>, whenever the server has one.</summary>
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

    [Theory]
    [InlineData("/article/x")]
    [InlineData("/article/da-2022-01-finanslov?q=finansloven&person=Karen%20Holmgaard&page=2&ui=da")]
    [InlineData("/article/a%2Fb%20c")]
    public async Task AnArticleAddressServesTheArticlePageWithTheStrictPolicy(string path)
    {
        string file = Path.Combine(AppContext.BaseDirectory, "wwwroot", "article.html");
        if (!File.Exists(file))
        {
            Assert.Skip("src/SearchEngine.Server has no wwwroot/article.html.");
        }

        using HttpResponseMessage response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        SecurityHeaderAssert.Present(response);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        string page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken), page);
        Assert.Contains("<script type=\"module\" src=\"../article.js\"></script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressBelowAnArticleIsNotThePage()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/article/x/y", TestContext.Current.CancellationToken);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AMissingFileIsA404Problem()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/no-such-file.js", TestContext.Current.CancellationToken);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
