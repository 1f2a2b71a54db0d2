using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Analyze;

/// <summary><c>GET /api/analyze</c>: the same tokens <c>searchctl analyze</c> prints, and a 400 naming a bad parameter.</summary>
[Collection(SampleServer.Collection)]
public sealed class AnalyzeEndpointTests(SampleServer sample)
{
    private readonly RunningServer server = sample.Server;

    [Theory]
    [InlineData("da", "Tilbagetrækningen vil være tilendebragt")]
    [InlineData("da", "Statsminister Mette Frederiksen (S) præsenterede tirsdag regeringens 2030-plan for Folketinget.")]
    [InlineData("da", "Københavns Kommune's budget: 1.234,5 mio. kr. – og så videre 🙂 købmændene på Østerbro")]
    [InlineData("nl", "De minister van Financiën presenteert dinsdag de begroting voor het komende jaar in de Tweede Kamer.")]
    [InlineData("nl", "fietsen, bromfietsen, eieren en kinderen — ’s avonds café's naïeve coördinatie")]
    [InlineData("nl", "Het CDA en D66 willen 3,5 miljard euro investeren 👍 in het onderwijs van 2025.")]
    public async Task TheTokensAreThoseSearchctlAnalyzePrints(string language, string text)
    {
        JsonElement answer = await server.GetJsonAsync($"/api/analyze?lang={language}&text={Uri.EscapeDataString(text)}");
        (int exitCode, string printed, string error) = Searchctl.RunWithInput(text, "analyze", "--lang", language);

        Assert.True(exitCode == 0, error);
        string[] expected = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] tokens = [.. answer.GetProperty("tokens").EnumerateArray().Select(static t => string.Join(
            '\t',
            t.GetProperty("term").GetString(),
            t.GetProperty("start").GetInt32().ToString(CultureInfo.InvariantCulture),
            t.GetProperty("end").GetInt32().ToString(CultureInfo.InvariantCulture),
            t.GetProperty("position").GetInt32().ToString(CultureInfo.InvariantCulture)))];
        Assert.NotEmpty(tokens);
        Assert.Equal(expected, tokens);
        Assert.Equal(language, answer.GetProperty("lang").GetString());
    }

    [Fact]
    public async Task OffsetsPointAtTheWordsInTheTextAndStopWordsLeaveGaps()
    {
        JsonElement answer = await server.GetJsonAsync("/api/analyze?lang=nl&text=" + Uri.EscapeDataString("De fietsen van de kinderen"));

        Assert.Equal(
            [("fiets", 3, 10, 1, "Word"), ("kinder", 18, 26, 4, "Word")],
            answer.GetProperty("tokens").EnumerateArray().Select(static t => (
                t.GetProperty("term").GetString(),
                t.GetProperty("start").GetInt32(),
                t.GetProperty("end").GetInt32(),
                t.GetProperty("position").GetInt32(),
                t.GetProperty("type").GetString())));
    }

    [Theory]
    [InlineData("text=hej", "lang")]
    [InlineData("lang=&text=hej", "lang")]
    [InlineData("lang=de&text=hallo", "lang")]
    [InlineData("lang=da", "text")]
    [InlineData("lang=da&text=%20%20", "text")]
    [InlineData("lang=nl&text=OVERLONG", "text")]
    public async Task ABadParameterIsA400NamingIt(string query, string parameter)
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/api/analyze?" + query.Replace("OVERLONG", new string('a', 4_097), StringComparison.Ordinal), TestContext.Current.CancellationToken);

        await Problems.AssertBadParameterAsync(response, parameter);
    }
}
