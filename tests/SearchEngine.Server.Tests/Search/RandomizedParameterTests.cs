using System.Net;
using System.Text;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Search;

/// <summary>
/// Thousands of malformed and random parameters and queries: random Unicode and bytes, huge and negative numbers,
/// unbalanced quotes and brackets, broken field syntax, very long values. Any answer but a 5xx is acceptable.
/// </summary>
[Collection(SampleServer.Collection)]
public sealed class RandomizedParameterTests(SampleServer sample)
{
    private const int Requests = 2_000;
    private readonly RunningServer server = sample.Server;

    private static readonly string[] Parameters = ["q", "lang", "person", "organization", "date", "from", "to", "sort", "page", "size", "prefix", "limit"];

    private static readonly string[] Fragments =
    [
        "\"", "(", ")", "[", "]", "{", "}", ":", "*", "?", "~", "^", "+", "-", "!", "&&", "||", "\\", "/", "AND", "OR", "NOT", "TO",
        "title:", "body:", "person:", "org:", "organization:", "lang:", "date:", "date:[2021 TO", "date:[2021-12 TO 2022-02]", "date:2022-13",
        "\"phrase", "\"a b\"~", "\"a b\"~999999999999", "x^", "x^-1", "x^1e9", "*x", "x*", "**", "regeringen", "havvind", "windpark",
        "0", "-1", "1", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1e308", "NaN", "0x10", " ", "\t", "\n", "\0",
        "da", "nl", "DA", "relevance", "date", "2022", "2022-01", "2022-02-29", "2023-02-29", "0000", "9999-12-31", "Karen Holmgaard",
        "æøå", "ÆØÅ", "ĳ", "ß", "İ", "ﬁ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "👨‍👩‍👧", "\u200B", "\u202E", "\uFEFF", "\uFFFD", "漢字", "ひらがな", "한국어", "ไทย",
    ];

    [Fact]
    public async Task NoRandomRequestGetsAServerError()
    {
        int seed = Environment.TickCount;
        var random = new Random(seed);
        string[] paths = [.. Enumerable.Range(0, Requests).Select(_ => RandomPath(random))];
        var failures = new List<string>();
        var statuses = new Dictionary<HttpStatusCode, int>();
        using var gate = new SemaphoreSlim(4);

        await Task.WhenAll(paths.Select(async path =>
        {
            await gate.WaitAsync(TestContext.Current.CancellationToken);
            try
            {
                using HttpResponseMessage response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
                lock (failures)
                {
                    statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{path} -> {(int)response.StatusCode}");
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        }));

        TestContext.Current.TestOutputHelper?.WriteLine($"seed {seed}: {string.Join(", ", statuses.OrderBy(s => s.Key))}");
        Assert.True(failures.Count == 0, $"seed {seed}: {failures.Count} server errors, e.g. {string.Join("\n", failures.Take(5))}");
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > Requests / 10, $"seed {seed}: statuses {string.Join(", ", statuses)}");
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > Requests / 10, $"seed {seed}: statuses {string.Join(", ", statuses)}");
        Assert.Equal(TestArticles.All.Count, (await server.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
    }

    private static string RandomPath(Random random)
    {
        string path = random.Next(10) switch
        {
            < 6 => "/api/search",
            < 8 => "/api/facets/" + (random.Next(3) == 0 ? Encode(RandomValue(random)) : "person"),
            _ => "/api/articles/" + Encode(RandomValue(random) is { Length: > 0 } id ? id : "x"),
        };
        var query = new StringBuilder();
        int count = random.Next(6);
        for (int i = 0; i < count; i++)
        {
            query.Append(i == 0 ? '?' : '&').Append(Parameters[random.Next(Parameters.Length)]).Append('=').Append(Encode(RandomValue(random)));
        }

        return path + query;
    }

    private static string RandomValue(Random random)
    {
        var value = new StringBuilder();
        int parts = random.Next(8) == 0 ? random.Next(50, 400) : random.Next(1, 6);
        for (int i = 0; i < parts; i++)
        {
            value.Append(random.Next(4) switch
            {
                0 => RandomChars(random),
                _ => Fragments[random.Next(Fragments.Length)],
            });
            if (random.Next(3) == 0)
            {
                value.Append(' ');
            }
        }

        return value.ToString();
    }

    private static string RandomChars(Random random)
    {
        var chars = new StringBuilder();
        int length = random.Next(1, 12);
        for (int i = 0; i < length; i++)
        {
            // Any UTF-16 code unit, lone surrogates included: the encoder below sends them as their UTF-8 bytes or
            // as raw invalid bytes, which the server must decode or refuse, never fail on.
            chars.Append((char)random.Next(random.Next(4) == 0 ? 0x10000 : 0x300));
        }

        return chars.ToString();
    }

    /// <summary>Percent-encodes every byte of the value's UTF-8 (lone surrogates become U+FFFD), sometimes adding an invalid byte.</summary>
    private static string Encode(string value)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        var encoded = new StringBuilder(bytes.Length * 3);
        foreach (byte b in bytes)
        {
            encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (value.Length % 7 == 3)
        {
            encoded.Append("%C3%28%FF");
        }

        return encoded.ToString();
    }
}
