using System.Text.Json;
using System.Text.RegularExpressions;

namespace SearchEngine.Cli.Tests.Commands;

/// <summary><c>searchctl search</c> with filters and <c>--facets</c>, run as a real process over a small hand-written index.</summary>
public sealed partial class SearchCommandTests : IClassFixture<SearchCommandTests.HandWrittenIndex>
{
    private readonly string index;

    public SearchCommandTests(HandWrittenIndex fixture)
    {
        index = fixture.Index;
    }

    [Fact]
    public void JsonFacetsAreDrillSidewaysForFilteredDimensionsAndTheDateIsYearsWithMonths()
    {
        JsonElement result = Json("--lang", "da", "--person", "Mette Frederiksen", "--date", "2022", "--facets", "date,person,organization,lang", "--json", "regeringen");

        Assert.Equal(1, result.GetProperty("total").GetInt64());
        Assert.Equal(["da2"], result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        JsonElement facets = result.GetProperty("facets");
        Assert.Equal(["date", "person", "organization", "lang"], facets.EnumerateObject().Select(p => p.Name));

        // Without the person filter: the Danish 2022 articles about the government (da1, da2).
        Assert.Equal(["Kasym-Jomart Tokajev 1", "Mette Frederiksen 1", "Poul Schlüter 1"], Values(facets.GetProperty("person")));

        // Without the date filter: Mette Frederiksen's Danish articles about the government (da2, da3), newest year first.
        Assert.Equal(["2022 1", "2021 1"], Values(facets.GetProperty("date")));
        Assert.Equal(["2022-01 1"], Values(facets.GetProperty("date")[0].GetProperty("children")));
        Assert.Equal(["2021-12 1"], Values(facets.GetProperty("date")[1].GetProperty("children")));

        // Unfiltered dimension: drill-down.
        Assert.Equal(["Folketinget 1"], Values(facets.GetProperty("organization")));

        // Without the language filter, the Dutch articles matching the query in Dutch: none names Mette Frederiksen.
        Assert.Equal(["da 1"], Values(facets.GetProperty("lang")));
    }

    [Fact]
    public void TheLanguageFacetCountsBothLanguagesWhenOneIsChosen()
    {
        JsonElement result = Json("--lang", "nl", "--org", "CSTO", "--facets", "lang,organization", "--json", "regering");

        Assert.Equal(["nl1"], result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal(["da 1", "nl 1"], Values(result.GetProperty("facets").GetProperty("lang")));
        Assert.Equal(["CSTO 1", "Tweede Kamer 1"], Values(result.GetProperty("facets").GetProperty("organization")));
    }

    [Fact]
    public void RangesAndRepeatedFiltersCountAsAlternativesWithinADimension()
    {
        JsonElement result = Json("--from", "2021-12", "--to", "2022-01-11", "--org", "Folketinget", "--org", "CSTO", "--facets", "date,organization", "--sort", "date", "--json");

        Assert.Equal(["da1", "da2", "da3"], result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        JsonElement facets = result.GetProperty("facets");

        // Dates without the range: every article of Folketinget or CSTO (da1, da2, da3, nl1).
        Assert.Equal(["2022 3", "2021 1"], Values(facets.GetProperty("date")));
        Assert.Equal(["2022-01 3"], Values(facets.GetProperty("date")[0].GetProperty("children")));

        // Organizations without the organization filter: every article in the range (da1, da2, da3, and the
        // year-only da4, whose date sorts as 2022-01-01).
        Assert.Equal(["Folketinget 2", "Ørsted 2", "CSTO 1"], Values(facets.GetProperty("organization")));
    }

    [Fact]
    public void TextModePrintsOneBlockPerFacetAfterTheHits()
    {
        // One line per hit: snippets (tested in SearchHighlightCommandTests) are switched off.
        ProcessResult result = Searchctl.Run(string.Empty, "search", "--index", index, "--person", "Mark Rutte", "--facets", "person,date,lang", "--snippets", "0", "regering");

        Assert.True(result.ExitCode == 0, result.StandardError);
        string output = result.StandardOutput.Replace("\r\n", "\n", StringComparison.Ordinal);
        string[] lines = output.Split('\n');
        int totalLine = Array.FindIndex(lines, l => l.StartsWith("2 matching articles", StringComparison.Ordinal));
        Assert.Equal(2, totalLine);
        Assert.Contains(lines[..2], l => l.Contains("nl2", StringComparison.Ordinal));
        Assert.Contains(lines[..2], l => l.Contains("nl3", StringComparison.Ordinal));

        // Without the person filter every article about the government counts, in both languages.
        Assert.Contains("\nperson (counted without its own filter):\n", output);
        Assert.Equal(("Mark Rutte", 2), Entry(lines, "  Mark Rutte"));
        Assert.Equal(("Kassym-Jomart Tokajev", 1), Entry(lines, "  Kassym-Jomart Tokajev"));

        // nl2 is the only dated match; nl3 has no date.
        Assert.Contains("\ndate:\n  2023  1\n    2023-03  1\n", output);
        Assert.Contains("\nlang:\n  nl  2\n", output);
    }

    [Fact]
    public void WithoutFacetsNothingIsCountedAndTheQueryMayBeLeftOut()
    {
        JsonElement plain = Json("--json");
        Assert.Equal(7, plain.GetProperty("total").GetInt64());
        Assert.False(plain.TryGetProperty("facets", out _));

        ProcessResult text = Searchctl.Run(string.Empty, "search", "--index", index, "--top", "3", "--snippets", "0");
        Assert.Equal(0, text.ExitCode);
        Assert.EndsWith(" ms)", text.StandardOutput.TrimEnd());
        Assert.Equal(4, text.StandardOutput.TrimEnd().Split('\n').Length);
    }

    [Fact]
    public void AFacetWithNoValuesInTheResultIsListedEmpty()
    {
        JsonElement result = Json("--facets", "person", "--json", "vindmøller");
        Assert.Equal(0, result.GetProperty("facets").GetProperty("person").GetArrayLength());

        ProcessResult text = Searchctl.Run(string.Empty, "search", "--index", index, "--facets", "person", "vindmøller");
        Assert.Contains("\nperson:\n  (none)\n", text.StandardOutput.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--date 2022-13 x", "--date")]
    [InlineData("--from 2022-02-30 x", "--from")]
    [InlineData("--to soon x", "--to")]
    [InlineData("--from 2023 --to 2022 x", "--from")]
    [InlineData("--date 2022 --from 2021 x", "--date")]
    [InlineData("--facets date,colour x", "--facets")]
    [InlineData("--facets year x", "--facets")]
    [InlineData("--top 0 x", "--top")]
    [InlineData("--top 101 x", "--top")]
    [InlineData("--lang de x", "--lang")]
    [InlineData("--sort size x", "--sort")]
    [InlineData("--after nonsense x", "--after")]
    [InlineData("--after nonsense --page 2 x", "--after")]
    public void UsageErrorsExitWith2AndOneLineNamingTheParameter(string arguments, string parameter)
    {
        ProcessResult result = Searchctl.Run(string.Empty, ["search", "--index", index, .. arguments.Split(' ')]);

        Assert.Equal(2, result.ExitCode);
        string[] lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("searchctl: " + parameter, lines[0]);
        Assert.StartsWith("Try 'searchctl search --help'", lines[^1]);
        Assert.Equal(2, lines.Length);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Theory]
    [InlineData(1, "da1")]
    [InlineData(2, "da2")]
    [InlineData(3, "da3")]
    public void PagesCountFromOneAndEachHoldsTopHits(int page, string id)
    {
        JsonElement result = Json("--sort", "date", "--lang", "da", "--top", "1", "--page", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "regeringen");

        Assert.Equal(3, result.GetProperty("total").GetInt64());
        Assert.Equal(page, result.GetProperty("page").GetInt32());
        Assert.Equal([id], result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("date", "da1,da2,da3")]
    [InlineData("oldest", "da3,da2,da1")]
    [InlineData("relevance", "")]
    public void AfterWalksEveryHitOnceFollowingEachPagesNext(string sort, string expected)
    {
        var seen = new List<string>();
        string? next = null;
        for (int pages = 0; pages < 10; pages++)
        {
            string[] after = next is null ? [] : ["--after", next];
            JsonElement page = Json(["--sort", sort, "--lang", "da", "--top", "1", "--json", .. after, "regeringen"]);
            seen.AddRange(page.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
            next = page.GetProperty("next").GetString();
            if (next is null)
            {
                break;
            }
        }

        Assert.Null(next);
        Assert.Equal(3, seen.Count);
        Assert.Equal(["da1", "da2", "da3"], seen.Order(StringComparer.Ordinal));
        if (expected.Length > 0)
        {
            Assert.Equal(expected.Split(','), seen);
        }
    }

    [Fact]
    public void ExcludedPersonsAndOrganizationsDropTheirArticles()
    {
        JsonElement result = Json("--not-person", "Poul Schlüter", "--not-org", "Tweede Kamer", "--facets", "person", "--json", "regeringen OR regering");

        Assert.Equal(["da2", "nl1", "nl3"], result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Poul Schlüter 2", Values(result.GetProperty("facets").GetProperty("person")));
    }

    [Fact]
    public void PageZeroIsAUsageError()
    {
        ProcessResult result = Searchctl.Run(string.Empty, "search", "--index", index, "--page", "0", "regeringen");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--page", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonWritesDanishLettersAsTheyAreAndNamesInCamelCase()
    {
        ProcessResult result = Searchctl.Run(string.Empty, "search", "--index", index, "--lang", "da", "--json", "vindmøller");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("Vindmøller på havet", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00F8", result.StandardOutput, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"tookMs\"", result.StandardOutput, StringComparison.Ordinal);
    }

    private JsonElement Json(params string[] arguments)
    {
        ProcessResult result = Searchctl.Run(string.Empty, ["search", "--index", index, .. arguments]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }

    private static List<string> Values(JsonElement list) =>
        [.. list.EnumerateArray().Select(v => $"{v.GetProperty("value").GetString()} {v.GetProperty("count").GetInt32()}")];

    private static (string Label, int Count) Entry(string[] lines, string start)
    {
        Match match = EntryLine().Match(lines.Single(l => l.StartsWith(start + " ", StringComparison.Ordinal)));
        Assert.True(match.Success);
        return (match.Groups[1].Value, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^  (\S.*?)\s+(\d+)$")]
    private static partial Regex EntryLine();

    /// <summary>Seven hand-written articles (four Danish, three Dutch), indexed once with <c>searchctl rebuild</c>.</summary>
    public sealed class HandWrittenIndex : IDisposable
    {
        private static readonly string[] Articles =
        [
            """{"id":"da1","lang":"da","date":"2022-01-11","title":"Regeringen og CSTO","body":"Regeringen taler med CSTO om styrkerne.","persons":["Kasym-Jomart Tokajev","Poul Schlüter"],"organizations":["CSTO","Ørsted"]}""",
            """{"id":"da2","lang":"da","date":"2022-01","title":"Regeringen sænker skatten","body":"Regeringen vil sænke skatten.","persons":["Mette Frederiksen"],"organizations":["Folketinget"]}""",
            """{"id":"da3","lang":"da","date":"2021-12-05","title":"Regeringen i krise","body":"Regeringen er i krise efter valget.","persons":["Mette Frederiksen","Poul Schlüter"],"organizations":["Folketinget"]}""",
            """{"id":"da4","lang":"da","date":"2022","title":"Vindmøller på havet","body":"Der bygges vindmøller ud for kysten.","persons":[],"organizations":["Ørsted"]}""",
            """{"id":"nl1","lang":"nl","date":"2022-01-12","title":"De regering en de CSTO","body":"De regering spreekt met de CSTO over de troepen.","persons":["Kassym-Jomart Tokajev"],"organizations":["CSTO"]}""",
            """{"id":"nl2","lang":"nl","date":"2023-03-01","title":"De regering wil belastingen verlagen","body":"De regering wil de belastingen verlagen.","persons":["Mark Rutte"],"organizations":["Tweede Kamer"]}""",
            """{"id":"nl3","lang":"nl","date":null,"title":"Regering valt","body":"De regering is gevallen.","persons":["Mark Rutte"],"organizations":[]}""",
        ];

        private readonly TempDirectory temp = new();

        public HandWrittenIndex()
        {
            string source = Path.Combine(temp.Path, "articles.jsonl");
            File.WriteAllLines(source, Articles);
            Index = Path.Combine(temp.Path, "index");
            ProcessResult rebuilt = Searchctl.Run(string.Empty, "rebuild", "--index", Index, "--source", source, "--json");
            if (rebuilt.ExitCode != 0 || JsonDocument.Parse(rebuilt.StandardOutput).RootElement.GetProperty("docs").GetInt64() != Articles.Length)
            {
                throw new InvalidOperationException("searchctl rebuild failed: " + rebuilt.StandardError + rebuilt.StandardOutput);
            }
        }

        public string Index { get; }

        public void Dispose() => temp.Dispose();
    }
}
