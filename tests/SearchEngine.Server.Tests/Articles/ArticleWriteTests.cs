using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.Server.Tests.Search;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Articles;

/// <summary><c>PUT</c> and <c>DELETE /api/articles/{id}</c> behind the API key, on a server of their own.</summary>
public sealed class ArticleWriteTests : IAsyncLifetime
{
    private readonly TempDirectory temp = new();
    private RunningServer server = null!;

    public async ValueTask InitializeAsync() =>
        server = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"), $"Search:ApiKey={RunningServer.ApiKey}", "Search:MaxRequestBodyBytes=4096");

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task PutAddsAnArticleThatTheNextSearchFinds()
    {
        using HttpResponseMessage response = await server.PutArticleAsync("da-ny", Article("Kommunen åbner et nyt bibliotek med zebrafisk"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/articles/da-ny", response.Headers.Location?.OriginalString);
        JsonElement stored = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("da-ny", stored.GetProperty("id").GetString());
        Assert.Equal("2024-05-01", stored.GetProperty("date").GetString());
        Assert.Equal(["Karen Holmgaard"], stored.GetProperty("persons").EnumerateArray().Select(p => p.GetString()));

        JsonElement found = await server.GetJsonAsync("/api/search?q=zebrafisk");
        Assert.Equal(["da-ny"], SearchEndpointTests.Ids(found));
        Assert.Equal(TestArticles.All.Count + 1, (await server.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task PutOfAnExistingIdReplacesIt()
    {
        using HttpResponseMessage response = await server.PutArticleAsync("da-2021-11-rente", Article("Fjordbanken sænker renten igen"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement article = await server.GetJsonAsync("/api/articles/da-2021-11-rente");
        Assert.Equal("Fjordbanken sænker renten igen", article.GetProperty("title").GetString());
        Assert.Equal(TestArticles.All.Count, (await server.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task PutDetectsAMissingLanguageAndTakesTheIdFromTheUrl()
    {
        var article = new { title = "Het kabinet presenteert de begroting", body = "De minister van Financiën presenteert dinsdag de begroting voor het komende jaar in de Tweede Kamer.", persons = Array.Empty<string>(), organizations = Array.Empty<string>() };

        using HttpResponseMessage response = await server.PutArticleAsync("nl-zonder-taal", article);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement stored = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("nl", stored.GetProperty("lang").GetString());
        Assert.Equal("nl-zonder-taal", stored.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("date").ValueKind);
    }

    [Fact]
    public async Task DeleteRemovesTheArticleFromTheNextSearch()
    {
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/nl-2022-07-zuivel");
        delete.Headers.Add("X-Api-Key", RunningServer.ApiKey);

        using HttpResponseMessage response = await server.Client.SendAsync(delete, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        using HttpResponseMessage gone = await server.Client.GetAsync("/api/articles/nl-2022-07-zuivel", TestContext.Current.CancellationToken);
        await Problems.AssertProblemAsync(gone, HttpStatusCode.NotFound);
        Assert.Empty(SearchEndpointTests.Ids(await server.GetJsonAsync("/api/search?q=fusie")));
    }

    [Fact]
    public async Task DeleteOfAMissingArticleIsA404()
    {
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/never-there");
        delete.Headers.Add("X-Api-Key", RunningServer.ApiKey);

        using HttpResponseMessage response = await server.Client.SendAsync(delete, TestContext.Current.CancellationToken);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(null, "An API key is required.")]
    [InlineData("wrong-key-0123456789abcdef", "The API key is not valid.")]
    [InlineData("", "The API key is not valid.")]
    public async Task WritesWithoutTheRightKeyAre401(string? key, string title)
    {
        using HttpResponseMessage put = await server.PutArticleAsync("da-ny", Article("Uden nøgle"), key);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/da-2021-11-rente");
        if (key is not null)
        {
            delete.Headers.TryAddWithoutValidation("X-Api-Key", key);
        }

        using HttpResponseMessage deleted = await server.Client.SendAsync(delete, TestContext.Current.CancellationToken);

        JsonElement problem = await Problems.AssertProblemAsync(put, HttpStatusCode.Unauthorized);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains("X-Api-Key", put.Headers.WwwAuthenticate.ToString());
        await Problems.AssertProblemAsync(deleted, HttpStatusCode.Unauthorized);
        Assert.Equal(TestArticles.All.Count, (await server.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
    }

    [Theory]
    [InlineData("""{"id": "other", "body": "Tekst om noget."}""", "id")]
    [InlineData("""{"lang": "en", "body": "Tekst om noget."}""", "lang")]
    [InlineData("""{"date": "2022-02-30", "body": "Tekst om noget."}""", "date")]
    [InlineData("""{"date": "2022-13", "body": "Tekst om noget."}""", "date")]
    [InlineData("""{"title": "Kun en titel"}""", "body")]
    [InlineData("""{"body": "   "}""", "body")]
    [InlineData("""{"body": 5}""", "$.body")]
    [InlineData("""{"body": "Tekst", "persons": "Karen"}""", "$.persons")]
    [InlineData("""not json""", "$")]
    [InlineData("""null""", "$")]
    [InlineData("", "$")]
    public async Task AnInvalidArticleIsA400NamingTheField(string json, string field)
    {
        using HttpResponseMessage response = await PutRawAsync("da-ugyldig", json, "application/json");

        await Problems.AssertBadParameterAsync(response, field);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsA415()
    {
        using HttpResponseMessage response = await PutRawAsync("da-tekst", "body=Tekst", "text/plain");

        await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task ABodyOverTheLimitIsA413()
    {
        using HttpResponseMessage response = await server.PutArticleAsync("da-stor", Article(new string('x', 10_000)));

        JsonElement problem = await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("4096", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ConcurrentWritesAreAllCommittedAndVisible()
    {
        Task<HttpResponseMessage>[] puts = [.. Enumerable.Range(0, 20).Select(i => server.PutArticleAsync($"samtidig-{i}", Article($"Samtidig skrivning nummer {i} om kaniner")))];

        HttpResponseMessage[] responses = await Task.WhenAll(puts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(20, (await server.GetJsonAsync("/api/search?q=kaniner&size=100")).GetProperty("total").GetInt64());
        foreach (HttpResponseMessage response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task AWriteWhileAnotherProcessHoldsTheLockIsA503()
    {
        // Another writer (as a running searchctl rebuild would be) holds the index's write lock until disposed.
        using (NewsIndex other = NewsIndex.Open(server.IndexPath))
        {
            other.Add(new Article("fremmed", "da", null, "Fremmed", "Skrevet af en anden proces.", [], []));

            using HttpResponseMessage response = await server.PutArticleAsync("da-optaget", Article("Optaget"));

            await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.NotNull(response.Headers.RetryAfter);
        }

        using HttpResponseMessage retry = await server.PutArticleAsync("da-optaget", Article("Optaget"));
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
    }

    [Fact]
    public async Task AServerWithoutAKeyRefusesWritesWith403()
    {
        using var other = new TempDirectory();
        await using RunningServer readOnly = await RunningServer.StartAsync(Path.Combine(other.Path, "index"));

        using HttpResponseMessage response = await readOnly.PutArticleAsync("da-ny", Article("Skrivning"));

        JsonElement problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("Search:ApiKey", problem.GetProperty("detail").GetString());
    }

    private static object Article(string title) => new
    {
        lang = "da",
        date = "2024-05-01",
        title,
        body = title + ". Statsminister Karen Holmgaard kommenterer sagen i Folketinget.",
        persons = new[] { "Karen Holmgaard" },
        organizations = new[] { "Folketinget" },
    };

    private async Task<HttpResponseMessage> PutRawAsync(string id, string body, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/articles/" + id) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        request.Headers.Add("X-Api-Key", RunningServer.ApiKey);
        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
