using System.Text.Json;

namespace SearchEngine.Cli.Tests.Commands;

/// <summary>
/// Highlighted titles and snippets in <c>searchctl search</c> (text and JSON, <c>--snippets</c>, <c>--snippet-length</c>)
/// and the <c>snippet</c> of <c>searchctl query-batch</c> (the peers' raw text with <c>&lt;b&gt;</c>), run as real
/// processes over three hand-written articles, one with markup in its title and body.
/// </summary>
public sealed class SearchHighlightCommandTests : IClassFixture<SearchHighlightCommandTests.MarkupIndex>
{
    private const string FirstPassage = "Regeringen vil sænke <b>skatten</b> på <script>alert(1)</script> & tobak.";
    private const string LastPassage = "Oppositionen er imod <b>skatten</b>.";

    private readonly MarkupIndex fixture;

    public SearchHighlightCommandTests(MarkupIndex fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void JsonHitsCarryTheTitleAndSnippetsAsEscapedHtmlWithMarks()
    {
        JsonElement hit = Hit(Search("--lang", "da", "--json", "skatten"), "h1");

        Assert.Equal("<mark>Skat</mark> &amp; &lt;b&gt;afgifter&lt;/b&gt;", hit.GetProperty("titleHtml").GetString());
        Assert.Equal(
            ["Regeringen vil sænke <mark>skatten</mark> på &lt;script&gt;alert(1)&lt;/script&gt; &amp; tobak.", "Oppositionen er imod <mark>skatten</mark>."],
            Strings(hit.GetProperty("snippets")));
    }

    [Fact]
    public void SnippetsAndSnippetLengthLimitThePassagesAndZeroSwitchesHighlightingOff()
    {
        JsonElement one = Hit(Search("--lang", "da", "--json", "--snippets", "1", "--snippet-length", "40", "skatten"), "h1");
        string snippet = Assert.Single(Strings(one.GetProperty("snippets")));
        Assert.Contains("<mark>skatten</mark>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal).Length <= 40, snippet);

        JsonElement off = Hit(Search("--lang", "da", "--json", "--snippets", "0", "skatten"), "h1");
        Assert.Empty(Strings(off.GetProperty("snippets")));
        Assert.Equal("Skat &amp; &lt;b&gt;afgifter&lt;/b&gt;", off.GetProperty("titleHtml").GetString());
    }

    [Fact]
    public void TextModePrintsTheMarkedTitleAndOneIndentedLinePerSnippet()
    {
        ProcessResult result = Searchctl.Run(string.Empty, "search", "--index", fixture.Index, "--lang", "da", "skatten");

        Assert.True(result.ExitCode == 0, result.StandardError);
        string[] lines = result.StandardOutput.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int first = Array.FindIndex(lines, l => l.Contains(" h1  ", StringComparison.Ordinal));
        Assert.EndsWith(" h1  [Skat] & <b>afgifter</b>", lines[first], StringComparison.Ordinal);

        // Not a terminal: matches in brackets, the text as it is, an ellipsis where text is left out.
        Assert.Equal("       Regeringen vil sænke [skatten] på <script>alert(1)</script> & tobak. …", lines[first + 1]);
        Assert.Equal("       … Oppositionen er imod [skatten].", lines[first + 2]);
        Assert.Matches(@"^\s+\d+\. ", lines[first + 3]);
    }

    [Theory]
    [InlineData("--snippets", "11")]
    [InlineData("--snippet-length", "0")]
    [InlineData("--snippet-length", "1001")]
    public void SnippetOptionsOutsideTheLimitsAreUsageErrors(string option, string value)
    {
        ProcessResult result = Searchctl.Run(string.Empty, "search", "--index", fixture.Index, option, value, "skatten");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("searchctl: " + option, result.StandardError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Fact]
    public void QueryBatchWritesTheBestPassageAsRawTextWithBoldMatchesWhenAsked()
    {
        Dictionary<string, JsonElement> results = QueryBatch();

        // One passage, the best, not escaped; <b> around matches as the peers write it.
        string best = Snippet(results["on"], "h1")!;
        Assert.Contains(best, (string[])[FirstPassage, LastPassage]);
        Assert.Equal("<b>Skatten</b> på strøm stiger.", Snippet(results["on"], "h2"));

        // "highlight" left out means true, as for the peers; false gives null.
        Assert.Equal(best, Snippet(results["default"], "h1"));
        Assert.Null(Snippet(results["off"], "h1"));
        Assert.Null(Snippet(results["off"], "h2"));

        // Nothing in the body matched (a person filter alone): the opening, unmarked.
        string opening = Snippet(results["person"], "h2")!;
        Assert.StartsWith("Der bygges vindmøller ud for kysten.", opening, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", opening, StringComparison.Ordinal);

        // Without a language each hit is highlighted in its own.
        Assert.Equal("De <b>regering</b> is gevallen na de verkiezingen.", Snippet(results["both"], "h3"));
    }

    [Fact]
    public void QueryBatchSnippetsJoinSeveralPassagesWithTheLuceneEllipsis()
    {
        Dictionary<string, JsonElement> results = QueryBatch("--snippets", "2");

        Assert.Equal(FirstPassage + "... " + LastPassage, Snippet(results["on"], "h1"));
    }

    [Fact]
    public void QueryBatchWritesTheSameResultsToStandardOutputWithItsSummaryOnStandardError()
    {
        Dictionary<string, JsonElement> toFile = QueryBatch();
        string queries = Directory.EnumerateFiles(fixture.Folder, "queries-*.jsonl").First(f => !f.EndsWith(".out.jsonl", StringComparison.Ordinal));

        ProcessResult result = Searchctl.Run(string.Empty, "query-batch", "--index", fixture.Index, "--queries", queries, "--out", "-", "--repeat", "1");

        Assert.True(result.ExitCode == 0, result.StandardError);
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(toFile.Count, lines.Length);
        foreach (string line in lines)
        {
            JsonElement written = JsonDocument.Parse(line).RootElement;
            JsonElement expected = toFile[written.GetProperty("id").GetString()!];
            Assert.Equal(expected.GetProperty("total").GetInt64(), written.GetProperty("total").GetInt64());
            Assert.Equal(expected.GetProperty("hits").ToString(), written.GetProperty("hits").ToString());
        }

        using JsonDocument summary = JsonDocument.Parse(result.StandardError);
        Assert.Equal(toFile.Count, summary.RootElement.GetProperty("queries").GetInt32());
    }

    private JsonElement Search(params string[] arguments)
    {
        ProcessResult result = Searchctl.Run(string.Empty, ["search", "--index", fixture.Index, .. arguments]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }

    private Dictionary<string, JsonElement> QueryBatch(params string[] options)
    {
        string queries = Path.Combine(fixture.Folder, $"queries-{Guid.NewGuid():N}.jsonl");
        string output = Path.ChangeExtension(queries, ".out.jsonl");
        File.WriteAllLines(queries,
        [
            """{"id":"on","query":"skatten","lang":"da","highlight":true}""",
            """{"id":"off","query":"skatten","lang":"da","highlight":false}""",
            """{"id":"default","query":"skatten","lang":"da"}""",
            """{"id":"person","query":"","lang":"da","filters":{"person":["Mette Frederiksen"]},"highlight":true}""",
            """{"id":"both","query":"regering","lang":null,"highlight":true}""",
        ]);
        ProcessResult result = Searchctl.Run(string.Empty, ["query-batch", "--index", fixture.Index, "--queries", queries, "--out", output, "--repeat", "1", .. options]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        return File.ReadLines(output).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToDictionary(e => e.GetProperty("id").GetString()!, StringComparer.Ordinal);
    }

    private static JsonElement Hit(JsonElement result, string id) =>
        (result.TryGetProperty("hits", out JsonElement hits) ? hits : result).EnumerateArray().Single(h => h.GetProperty("id").GetString() == id);

    private static string? Snippet(JsonElement result, string id) => Hit(result, id).GetProperty("snippet").GetString();

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(s => s.GetString()!)];

    /// <summary>Three articles (two Danish, one Dutch), one with HTML in its title and body, indexed once with <c>searchctl rebuild</c>.</summary>
    public sealed class MarkupIndex : IDisposable
    {
        private static readonly string[] Articles =
        [
            """{"id":"h1","lang":"da","date":"2022-01-11","title":"Skat & <b>afgifter</b>","body":"Regeringen vil sænke skatten på <script>alert(1)</script> & tobak. Det koster to milliarder kroner om året, siger ministeren til pressen i dag. Oppositionen er imod skatten.","persons":["Mette Frederiksen"],"organizations":[]}""",
            """{"id":"h2","lang":"da","date":"2022-01-12","title":"Vindmøller ved kysten","body":"Der bygges vindmøller ud for kysten. Regeringen har givet tilladelse til projektet. Skatten på strøm stiger.","persons":["Mette Frederiksen"],"organizations":[]}""",
            """{"id":"h3","lang":"nl","date":"2022-01-13","title":"De regering valt","body":"De regering is gevallen na de verkiezingen. Niemand had het verwacht.","persons":["Mark Rutte"],"organizations":[]}""",
        ];

        private readonly TempDirectory temp = new();

        public MarkupIndex()
        {
            string source = Path.Combine(temp.Path, "articles.jsonl");
            File.WriteAllLines(source, Articles);
            Index = Path.Combine(temp.Path, "index");
            ProcessResult rebuilt = Searchctl.Run(string.Empty, "rebuild", "--index", Index, "--source", source, "--json");
            if (rebuilt.ExitCode != 0)
            {
                throw new InvalidOperationException("searchctl rebuild failed: " + rebuilt.StandardError + rebuilt.StandardOutput);
            }
        }

        /// <summary>Gets the index folder.</summary>
        public string Index { get; }

        /// <summary>Gets a scratch folder for query and result files.</summary>
        public string Folder => temp.Path;

        public void Dispose() => temp.Dispose();
    }
}
