using System.Net;
using System.Text.Json;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Articles;

/// <summary><c>GET /api/articles/{id}</c>.</summary>
[Collection(SampleServer.Collection)]
public sealed class ArticleReadTests(SampleServer sample)
{
    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task ReturnsTheWholeArticleInTheInputSchema()
    {
        JsonElement article = await server.GetJsonAsync("/api/articles/da-2022-01-finanslov");
        TestArticles.Record expected = TestArticles.All.Single(a => a.Id == "da-2022-01-finanslov");

        Assert.Equal(expected.Id, article.GetProperty("id").GetString());
        Assert.Equal("da", article.GetProperty("lang").GetString());
        Assert.Equal("2022-01-20", article.GetProperty("date").GetString());
        Assert.Equal(expected.Title, article.GetProperty("title").GetString());
        Assert.Equal(expected.Body, article.GetProperty("body").GetString());
        Assert.Equal(expected.Persons, article.GetProperty("persons").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(expected.Organizations, article.GetProperty("organizations").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task WithAQueryTheTitleAndTheWholeBodyHaveEveryMatchMarked()
    {
        JsonElement article = await server.GetJsonAsync("/api/articles/da-2022-03-risiko?q=renten");
        JsonElement plain = await server.GetJsonAsync("/api/articles/da-2022-03-risiko");
        string body = article.GetProperty("body").GetString()!;

        Assert.Equal("<mark>Rente</mark> &amp; risiko: &lt;analyse&gt;", article.GetProperty("titleHtml").GetString());
        Assert.Equal(
            "En analyse af <mark>renten</mark> viser, at risikoen for husejerne vokser, når <mark>renten</mark> stiger hurtigt.",
            article.GetProperty("bodyHtml").GetString());
        Assert.Equal(body, plain.GetProperty("bodyHtml").GetString());
        Assert.Equal("Rente &amp; risiko: &lt;analyse&gt;", plain.GetProperty("titleHtml").GetString());
    }

    [Fact]
    public async Task AQueryThatDoesNotParseIsA400NamingQ()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/api/articles/da-2022-01-finanslov?q=%22open", TestContext.Current.CancellationToken);

        await Problems.AssertBadParameterAsync(response, "q");
    }

    [Fact]
    public async Task AnUndatedArticleHasANullDate()
    {
        JsonElement article = await server.GetJsonAsync("/api/articles/da-udateret-kommentar");

        Assert.Equal(JsonValueKind.Null, article.GetProperty("date").ValueKind);
        Assert.Empty(article.GetProperty("persons").EnumerateArray());
    }

    [Fact]
    public async Task JsonKeepsDanishLettersReadable()
    {
        string body = await server.Client.GetStringAsync("/api/articles/da-2021-03-havvind", TestContext.Current.CancellationToken);

        Assert.Contains("åbner", body);
    }

    [Fact]
    public async Task AMissingArticleIsA404Problem()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/api/articles/no-such-article", TestContext.Current.CancellationToken);

        JsonElement problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("no-such-article", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnOverlongIdIsA400NamingIt()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/api/articles/" + new string('x', 513), TestContext.Current.CancellationToken);

        await Problems.AssertBadParameterAsync(response, "id");
    }

    [Fact]
    public async Task AnIdWithSpecialCharactersIsLookedUpAsGiven()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/api/articles/" + Uri.EscapeDataString("a b?c&d"), TestContext.Current.CancellationToken);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
