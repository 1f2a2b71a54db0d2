using System.Net;
using System.Text;
using System.Text.Json;
using SearchEngine.Server.Tests.Search;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Articles;

/// <summary><c>POST /api/articles/_bulk</c> behind the API key, on a server of its own: one line one article, one commit.</summary>
public sealed class BulkArticleTests : IAsyncLifetime
{
    private const int MaxLineBytes = 4096;
    private const int MaxBulkBytes = 262_144;
    private readonly TempDirectory temp = new();
    private RunningServer server = null!;

    public async ValueTask InitializeAsync() =>
        server = await RunningServer.StartAsync(
            Path.Combine(temp.Path, "index"),
            $"Search:ApiKey={RunningServer.ApiKey}",
            $"Search:MaxRequestBodyBytes={MaxLineBytes}",
            $"Search:MaxBulkBodyBytes={MaxBulkBytes}");

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task GoodBadAndOversizeLinesAreEachReportedByLineAndTheGoodOnesCommittedTogether()
    {
        long generation = await GenerationAsync();
        string[] lines =
        [
            Line(new { id = "bulk-ny", lang = "da", date = "2024-05-01", title = "Bulkzebra i kommunen", body = "Kommunen åbner et bibliotek med en bulkzebra.", persons = Array.Empty<string>(), organizations = Array.Empty<string>() }),
            """{"id": "bulk-halv", "body": """,
            string.Empty,
            Line(new { id = "da-2021-11-rente", lang = "da", date = "2021-11-02", title = "Fjordbanken sænker renten", body = "Bulkzebra: renten falder igen." }),
            Line(new { id = "bulk-uden-tekst", lang = "da", title = "Kun en titel" }),
            Line(new { id = "bulk-stor", lang = "da", body = new string('x', MaxLineBytes + 10) }),
            Line(new { lang = "nl", body = "Een artikel zonder id." }),
            Line(new { id = "bulk-nl", lang = "nl", title = "Bulkzebra in de dierentuin", body = "De dierentuin toont een bulkzebra aan het publiek." }),
            Line(new { id = "bulk-ny", lang = "da", title = "Bulkzebra i kommunen, rettet", body = "Kommunen åbner et bibliotek med en bulkzebra og en bulkgiraf." }),
            Line(new { id = "bulk-dato", date = "2022-02-30", body = "Tekst." }),
        ];

        using HttpResponseMessage response = await PostAsync(string.Join('\n', lines) + "\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement result = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(9, result.GetProperty("lines").GetInt32());
        Assert.Equal(5, result.GetProperty("invalid").GetInt32());
        Assert.Equal(0, result.GetProperty("failed").GetInt32());
        Assert.Equal(
            [
                (1, "bulk-ny", "created"),
                (2, null, "invalid"),
                (4, "da-2021-11-rente", "updated"),
                (5, "bulk-uden-tekst", "invalid"),
                (6, null, "invalid"),
                (7, null, "invalid"),
                (8, "bulk-nl", "created"),
                (9, "bulk-ny", "updated"),
                (10, "bulk-dato", "invalid"),
            ],
            result.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("line").GetInt32(), i.GetProperty("id").GetString(), i.GetProperty("status").GetString())));
        Assert.Equal(["$.body"], ErrorFields(result, 2));
        Assert.Equal(["body"], ErrorFields(result, 5));
        Assert.Contains("Search:MaxRequestBodyBytes", Errors(result, 6, "$"));
        Assert.Equal(["id"], ErrorFields(result, 7));
        Assert.Equal(["date"], ErrorFields(result, 10));
        Assert.False(Item(result, 1).TryGetProperty("errors", out _));

        Assert.Equal(generation + 1, await GenerationAsync());
        Assert.Equal(["bulk-nl", "bulk-ny", "da-2021-11-rente"], SearchEndpointTests.Ids(await server.GetJsonAsync("/api/search?q=bulkzebra")).Order(StringComparer.Ordinal));
        Assert.Equal(["bulk-ny"], SearchEndpointTests.Ids(await server.GetJsonAsync("/api/search?q=bulkgiraf")));
        Assert.Equal(TestArticles.All.Count + 2, (await server.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
        Assert.Equal("Fjordbanken sænker renten", (await server.GetJsonAsync("/api/articles/da-2021-11-rente")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task MoreLinesThanTheWriterBatchesAtOnceStillGoInOneCommit()
    {
        long generation = await GenerationAsync();
        var body = new StringBuilder();
        for (int i = 0; i < 1_200; i++)
        {
            body.Append(Line(new { id = $"mange-{i}", lang = "da", body = $"Massebulk nummer {i}." })).Append('\n');
        }

        using HttpResponseMessage response = await PostAsync(body.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(generation + 1, await GenerationAsync());
        Assert.Equal(1_200, (await server.GetJsonAsync("/api/search?q=massebulk&size=1")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task CarriageReturnsAByteOrderMarkAndALastLineWithoutBreakAreRead()
    {
        string body = "\uFEFF" + Line(new { id = "crlf-1", lang = "nl", body = "Regeleinde een." }) + "\r\n" + Line(new { id = "crlf-2", lang = "nl", body = "Regeleinde twee." });

        using HttpResponseMessage response = await PostAsync(body);

        JsonElement result = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(["created", "created"], result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()));
        Assert.Equal(2, (await server.GetJsonAsync("/api/search?q=regeleinde")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ABodyOverTheBulkLimitIsA413NamingItAndNothingIsWritten()
    {
        long generation = await GenerationAsync();
        var body = new StringBuilder();
        for (int i = 0; body.Length <= MaxBulkBytes; i++)
        {
            body.Append(Line(new { id = $"for-meget-{i}", lang = "da", body = "For meget på en gang. " + new string('y', 1_000) })).Append('\n');
        }

        using HttpResponseMessage response = await PostAsync(body.ToString());

        JsonElement problem = await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("Search:MaxBulkBodyBytes", problem.GetProperty("detail").GetString());
        Assert.Contains(MaxBulkBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString());
        Assert.Equal(generation, await GenerationAsync());
        Assert.Equal(TestArticles.All.Count, (await server.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
    }

    [Theory]
    [InlineData(null, "An API key is required.")]
    [InlineData("wrong-key-0123456789abcdef", "The API key is not valid.")]
    public async Task ABulkWithoutTheRightKeyIsA401AndWritesNothing(string? key, string title)
    {
        using HttpResponseMessage response = await PostAsync(Line(new { id = "uden-nogle", lang = "da", body = "Uden nøgle." }) + "\n", key: key);

        JsonElement problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(TestArticles.All.Count, (await server.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task AServerWithoutAKeyRefusesABulkWith403()
    {
        using var other = new TempDirectory();
        await using RunningServer readOnly = await RunningServer.StartAsync(Path.Combine(other.Path, "index"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles/_bulk") { Content = Ndjson(Line(new { id = "x", body = "Tekst." })) };
        request.Headers.Add("X-Api-Key", RunningServer.ApiKey);

        using HttpResponseMessage response = await readOnly.Client.SendAsync(request, TestContext.Current.CancellationToken);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ABodyThatIsNotNdjsonIsA415()
    {
        using HttpResponseMessage response = await PostAsync(Line(new { id = "json", body = "Tekst." }), mediaType: "application/json");

        await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    private static string Line(object article) => JsonSerializer.Serialize(article);

    private static StringContent Ndjson(string body, string mediaType = "application/x-ndjson") => new(body, new UTF8Encoding(false), mediaType);

    private static JsonElement Item(JsonElement result, int line) =>
        result.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("line").GetInt32() == line);

    private static string[] ErrorFields(JsonElement result, int line) =>
        [.. Item(result, line).GetProperty("errors").EnumerateObject().Select(p => p.Name)];

    private static string Errors(JsonElement result, int line, string field) =>
        string.Join(' ', Item(result, line).GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));

    private async Task<long> GenerationAsync() => (await server.GetJsonAsync("/healthz")).GetProperty("generation").GetInt64();

    private async Task<HttpResponseMessage> PostAsync(string body, string? key = RunningServer.ApiKey, string mediaType = "application/x-ndjson")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles/_bulk") { Content = Ndjson(body, mediaType) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
