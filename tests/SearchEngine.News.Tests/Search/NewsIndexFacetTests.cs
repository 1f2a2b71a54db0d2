using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Search;

/// <summary>
/// <see cref="NewsIndex.SearchWithFacets"/> and <see cref="NewsIndex.FindFacetValues(string, string, int, CancellationToken)"/> on a real index in a temp
/// folder, with counts checked by hand and against an oracle that redoes each sideways count from the hits of a
/// plain search without that dimension's filter.
/// </summary>
/// <summary>Run on each engine: the sealed subclasses at the end of the file.</summary>
public abstract class NewsIndexFacetTests : IDisposable
{
    private static readonly string[] AllFacets = ["date", "person", "organization", "lang"];

    private readonly TempDirectory temp = new();
    private readonly NewsIndex index;

    protected NewsIndexFacetTests(string engine)
    {
        index = NewsIndex.Open(temp.Path, new NewsIndexOptions { Engine = engine });
        Add("da1", "da", "2022-01-11", "Regeringen og CSTO", "Regeringen taler med CSTO om styrkerne.", ["Kasym-Jomart Tokajev", "Poul Schlüter"], ["CSTO", "Ørsted"]);
        Add("da2", "da", "2022-01", "Regeringen sænker skatten", "Regeringen vil sænke skatten.", ["Mette Frederiksen"], ["Folketinget"]);
        Add("da3", "da", "2021-12-05", "Regeringen i krise", "Regeringen er i krise efter valget.", ["Mette Frederiksen", "Poul Schlüter"], ["Folketinget"]);
        Add("da4", "da", "2022", "Vindmøller på havet", "Der bygges vindmøller ud for kysten.", [], ["Ørsted"]);
        Add("nl1", "nl", "2022-01-12", "De regering en de CSTO", "De regering spreekt met de CSTO over de troepen.", ["Kassym-Jomart Tokajev"], ["CSTO"]);
        Add("nl2", "nl", "2023-03-01", "De regering wil belastingen verlagen", "De regering wil de belastingen verlagen.", ["Mark Rutte"], ["Tweede Kamer"]);
        Add("nl3", "nl", null, "Regering valt", "De regering is gevallen.", ["Mark Rutte"], []);
        index.Commit();
    }

    public static TheoryData<string, string?, string[], string[], string?> Requests => new()
    {
        { string.Empty, null, [], [], null },
        { "regeringen", "da", ["Mette Frederiksen"], [], "2022" },
        { "regeringen", "da", [], ["CSTO"], null },
        { "regering", null, ["Mark Rutte", "Kassym-Jomart Tokajev"], [], "2022..2023" },
        { string.Empty, "nl", [], ["CSTO", "Tweede Kamer"], "..2022-06" },
        { "skatten OR krise", "da", ["Poul Schlüter"], ["Folketinget"], "2021" },
    };

    [Fact]
    public void CountsEveryFacetOfAllArticlesWithTheDateAsYearsAndMonths()
    {
        NewsFacetedResponse result = index.SearchWithFacets(new NewsSearchRequest(string.Empty), AllFacets);

        Assert.Equal(7, result.Response.Total);
        Assert.Equal(["lang", "month", "organization", "person", "year"], result.DrillDown.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([("da", 4), ("nl", 3)], Pairs(result.Counts("lang", sideways: false)!));
        Assert.Equal([("CSTO", 2), ("Folketinget", 2), ("Ørsted", 2), ("Tweede Kamer", 1)], Pairs(result.Counts("organization", sideways: true)!));
        Assert.Equal(
            [("Mark Rutte", 2), ("Mette Frederiksen", 2), ("Poul Schlüter", 2), ("Kassym-Jomart Tokajev", 1), ("Kasym-Jomart Tokajev", 1)],
            Pairs(result.Counts("person", sideways: true)!));

        // A year-only date counts at year level only (da4); a month-only date counts at month level (da2); nl3 has none.
        IReadOnlyList<DateFacetNode> dates = result.Dates(sideways: true);
        Assert.Equal(["2021 1: 2021-12 1", "2022 4: 2022-01 3", "2023 1: 2023-03 1"], dates.Select(Describe));
        Assert.Equal(["2023", "2022", "2021"], result.Dates(sideways: true, newestFirst: true).Select(y => y.Label));
    }

    [Fact]
    public void FilteredDimensionsAreCountedWithoutTheirOwnFilter()
    {
        var request = new NewsSearchRequest("regeringen") { Language = "da", Persons = ["Mette Frederiksen"], Date = DateFilter.Exactly(ArticleDate.Parse("2022")) };

        NewsFacetedResponse result = index.SearchWithFacets(request, AllFacets);

        Assert.Equal(["da2"], result.Response.Hits.Select(h => h.Id));
        Assert.Equal(1, result.Response.Total);

        // Every filter applied.
        Assert.Equal([("Mette Frederiksen", 1)], Pairs(result.Counts("person", sideways: false)!));
        Assert.Equal([("Folketinget", 1)], Pairs(result.Counts("organization", sideways: false)!));

        // The person facet without the person filter: the Danish 2022 articles about the government (da1, da2).
        Assert.Equal([("Kasym-Jomart Tokajev", 1), ("Mette Frederiksen", 1), ("Poul Schlüter", 1)], Pairs(result.Counts("person", sideways: true)!));

        // The date facet without the date filter: Mette Frederiksen's Danish articles about the government (da2, da3).
        Assert.Equal(["2021 1: 2021-12 1", "2022 1: 2022-01 1"], result.Dates(sideways: true).Select(Describe));
        Assert.Equal(["2022 1: 2022-01 1"], result.Dates(sideways: false).Select(Describe));

        // Unfiltered dimensions: sideways is drill-down.
        Assert.Equal(result.Counts("organization", sideways: false)!.GetAll(), result.Counts("organization", sideways: true)!.GetAll());
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("reg*", false)]
    [InlineData("", true)]
    [InlineData("reg*", true)]
    public void TwoFilteredDimensionsAreEachCountedUnderTheOtherOnly(string query, bool moreSegments)
    {
        if (moreSegments)
        {
            // The same articles again, each in a segment of its own: counts must not depend on the segments.
            foreach (string id in (string[])["da1", "nl1", "nl2", "nl3"])
            {
                StoredArticle stored = index.GetArticle(id)!;
                index.Add(new Article(stored.Id, stored.Language, stored.Date is null ? null : ArticleDate.Parse(stored.Date), stored.Title, stored.Body, stored.Persons, stored.Organizations));
                index.Commit();
            }
        }

        var request = new NewsSearchRequest(query) { Persons = ["Mark Rutte"], Organizations = ["Tweede Kamer"] };

        NewsFacetedResponse result = index.SearchWithFacets(request, AllFacets);

        Assert.Equal(["nl2"], result.Response.Hits.Select(h => h.Id));

        // Organizations under the person filter only (nl2, nl3), persons under the organization filter only (nl2).
        Assert.Equal([("Tweede Kamer", 1)], Pairs(result.Counts("organization", sideways: true)!));
        Assert.Equal([("Mark Rutte", 1)], Pairs(result.Counts("person", sideways: true)!));
        Assert.Equal([("Tweede Kamer", 1)], Pairs(result.Counts("organization", sideways: false)!));
    }

    [Fact]
    public void TheLanguageFacetCountsWhatASearchInEachLanguageWouldFind()
    {
        var request = new NewsSearchRequest("regeringen") { Language = "da", Organizations = ["CSTO"] };

        NewsFacetedResponse result = index.SearchWithFacets(request, ["lang"]);

        long danish = index.Search(request).Total;
        long dutch = index.Search(request with { Language = "nl" }).Total;
        Assert.Equal((1L, 1L), (danish, dutch));
        Assert.Equal([("da", 1), ("nl", 1)], Pairs(result.Counts("lang", sideways: true)!));
        Assert.Equal([("da", 1)], Pairs(result.Counts("lang", sideways: false)!));
        Assert.Equal(["da1"], result.Response.Hits.Select(h => h.Id));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void HitsEqualAPlainSearchAndSidewaysCountsEqualCountsOverAPlainSearchWithoutThatFilter(
        string query, string? language, string[] persons, string[] organizations, string? date)
    {
        var request = new NewsSearchRequest(query) { Language = language, Persons = persons, Organizations = organizations, Date = Date(date), Size = 100 };

        NewsFacetedResponse result = index.SearchWithFacets(request, AllFacets);

        NewsSearchResponse plain = index.Search(request);
        Assert.Equal(plain.Total, result.Response.Total);
        Assert.Equal(plain.Hits.Select(h => (h.Id, h.Score)), result.Response.Hits.Select(h => (h.Id, h.Score)));
        foreach (string field in new[] { "year", "month", "person", "organization", "lang" })
        {
            NewsSearchRequest withoutOwn = field switch
            {
                "person" => request with { Persons = [] },
                "organization" => request with { Organizations = [] },
                "lang" => request with { Language = null },
                _ => request with { Date = null },
            };
            IEnumerable<NewsHit> sidewaysHits = field == "lang" && language is not null
                ? AnalyzerLanguages.SelectMany(code => index.Search(request with { Language = code }).Hits)
                : index.Search(withoutOwn).Hits;
            Assert.Equal(Oracle(plain.Hits, field), Pairs(result.Counts(field, sideways: false)!));
            Assert.Equal(Oracle(sidewaysHits, field), Pairs(result.Counts(field, sideways: true)!));
        }
    }

    [Fact]
    public void PagesAreThoseOfAPlainSearch()
    {
        var request = new NewsSearchRequest(string.Empty) { Size = 2, Page = 2, Sort = NewsSort.Date };

        NewsFacetedResponse result = index.SearchWithFacets(request, ["person"]);

        Assert.Equal(index.Search(request).Hits.Select(h => h.Id), result.Response.Hits.Select(h => h.Id));
        Assert.Equal(2, result.Response.Hits.Count);
        Assert.Equal(7, result.Response.Total);
    }

    [Fact]
    public async Task TheAsyncVariantGivesTheSameCounts()
    {
        var request = new NewsSearchRequest("regering") { Persons = ["Mark Rutte"] };

        NewsFacetedResponse result = await index.SearchWithFacetsAsync(request, ["person", "date"], TestContext.Current.CancellationToken);

        NewsFacetedResponse expected = index.SearchWithFacets(request, ["person", "date"]);
        Assert.Equal(Pairs(expected.Counts("person", sideways: true)!), Pairs(result.Counts("person", sideways: true)!));
        Assert.Equal(expected.Dates(sideways: true).Select(Describe), result.Dates(sideways: true).Select(Describe));
        Assert.Equal(2, result.Response.Total);
    }

    [Fact]
    public void ANewCommitIsCountedByTheNextSearch()
    {
        Assert.Equal(2, CountOf("CSTO"));

        Add("nl4", "nl", "2024-02", "CSTO vertrekt", "De CSTO vertrekt uit het land.", [], ["CSTO"]);
        Assert.Equal(2, CountOf("CSTO"));
        index.Commit();

        Assert.Equal(3, CountOf("CSTO"));

        int CountOf(string organization) =>
            index.SearchWithFacets(new NewsSearchRequest(string.Empty), ["organization"]).Counts("organization", sideways: true)!.GetCount(organization);
    }

    [Theory]
    [InlineData("")]
    [InlineData("year,month")]
    [InlineData("date,date,person")]
    public void KnownFacetNamesAreAccepted(string names)
    {
        string[] facets = names.Split(',', StringSplitOptions.RemoveEmptyEntries);

        NewsFacetedResponse result = index.SearchWithFacets(new NewsSearchRequest(string.Empty), facets);

        Assert.Equal(NewsFacets.Fields(facets).Order(StringComparer.Ordinal), result.DrillDown.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UnknownFacetsAndMalformedCursorsAreRejectedNamingThem()
    {
        var unknown = Assert.Throws<ArgumentException>(() => index.SearchWithFacets(new NewsSearchRequest(string.Empty), ["person", "colour"]));
        Assert.Equal("facets", unknown.ParamName);
        Assert.Contains("'colour'", unknown.Message);

        var cursor = Assert.Throws<InvalidSearchRequestException>(() => index.SearchWithFacets(new NewsSearchRequest(string.Empty) { After = "x" }, ["person"]));
        Assert.Equal("after", cursor.ParamName);
        Assert.Contains("cursor", cursor.Message);
    }

    [Theory]
    [InlineData("person", "schl", "Poul Schlüter 2")]
    [InlineData("person", "POUL SCHLÜ", "Poul Schlüter 2")]
    [InlineData("person", "jomart", "Kassym-Jomart Tokajev 1|Kasym-Jomart Tokajev 1")]
    [InlineData("person", "m", "Mark Rutte 2|Mette Frederiksen 2")]
    [InlineData("organization", "orsted", "Ørsted 2")]
    [InlineData("organization", "kamer", "Tweede Kamer 1")]
    [InlineData("organization", "", "CSTO 2|Folketinget 2|Ørsted 2|Tweede Kamer 1")]
    [InlineData("organization", "nato", "")]
    public void FacetValuesAreFoundByPrefixIgnoringCaseAndDiacritics(string facet, string prefix, string expected)
    {
        IReadOnlyList<LabelAndCount> values = index.FindFacetValues(facet, prefix);

        Assert.Equal(expected, string.Join('|', values.Select(v => $"{v.Label} {v.Count}")));
    }

    [Fact]
    public async Task FacetValueSearchHonoursTheLimitAndIsOnlyForPersonsAndOrganizations()
    {
        IReadOnlyList<LabelAndCount> values = await index.FindFacetValuesAsync("person", string.Empty, 2, TestContext.Current.CancellationToken);
        Assert.Equal(["Mark Rutte", "Mette Frederiksen"], values.Select(v => v.Label));

        var error = Assert.Throws<ArgumentException>(() => index.FindFacetValues("lang", "d"));
        Assert.Equal("facet", error.ParamName);
    }

    [Fact]
    public void AnExcludedPersonDropsItsArticlesFromTheHitsAndFromEveryFacet()
    {
        var request = new NewsSearchRequest(string.Empty) { ExcludedPersons = ["Mette Frederiksen"], Size = 10 };

        NewsFacetedResponse result = index.SearchWithFacets(request, AllFacets);

        Assert.Equal(["da1", "da4", "nl1", "nl2", "nl3"], result.Response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(5, result.Response.Total);
        Assert.Equal(0, result.Counts("person", sideways: true)!.GetCount("Mette Frederiksen"));
        Assert.Equal(0, result.Counts("organization", sideways: true)!.GetCount("Folketinget"));
        Assert.Equal(5, index.Search(request).Total);
    }

    [Fact]
    public void AnExclusionAppliesToItsOwnDimensionsSidewaysCountsWhileASelectionDoesNot()
    {
        var request = new NewsSearchRequest("regeringen OR regering")
        {
            Persons = ["Mette Frederiksen"],
            ExcludedPersons = ["Poul Schlüter"],
            ExcludedOrganizations = ["Tweede Kamer"],
        };

        NewsFacetedResponse result = index.SearchWithFacets(request, AllFacets);

        // da1 and da3 name Poul Schlüter, nl2 Tweede Kamer: of the rest only da2 names Mette Frederiksen.
        Assert.Equal(["da2"], result.Response.Hits.Select(h => h.Id));
        Assert.Equal([("Kassym-Jomart Tokajev", 1), ("Mark Rutte", 1), ("Mette Frederiksen", 1)], Pairs(result.Counts("person", sideways: true)!));
        Assert.Equal([("Mette Frederiksen", 1)], Pairs(result.Counts("person", sideways: false)!));
    }

    [Theory]
    [InlineData("person", "", "regeringen", "da", "", "", "Mette Frederiksen 2|Poul Schlüter 2|Kasym-Jomart Tokajev 1")]
    [InlineData("person", "", "regeringen", "da", "Mette Frederiksen", "", "Mette Frederiksen 2|Poul Schlüter 2|Kasym-Jomart Tokajev 1")]
    [InlineData("person", "", "regeringen", "da", "", "Poul Schlüter", "Mette Frederiksen 1")]
    [InlineData("person", "schl", "regering", "nl", "", "", "")]
    [InlineData("person", "schl", "", "", "", "", "Poul Schlüter 2")]
    [InlineData("person", "m", "belastingen OR skatten", "", "", "", "Mark Rutte 1|Mette Frederiksen 1")]
    [InlineData("organization", "", "", "da", "Mette Frederiksen", "", "Folketinget 2")]
    public void FacetValuesWithinASearchAreCountedSidewaysAmongItsMatches(string facet, string prefix, string query, string language, string person, string notPerson, string expected)
    {
        var within = new NewsSearchRequest(query)
        {
            Language = language.Length == 0 ? null : language,
            Persons = person.Length == 0 ? [] : [person],
            ExcludedPersons = notPerson.Length == 0 ? [] : [notPerson],
        };

        IReadOnlyList<LabelAndCount> values = index.FindFacetValues(facet, prefix, 10, within);

        Assert.Equal(expected, string.Join('|', values.Select(v => $"{v.Label} {v.Count}")));
    }

    [Fact]
    public void FacetValuesWithinASearchEqualThatSearchsOwnSidewaysCounts()
    {
        var within = new NewsSearchRequest("regering OR regeringen") { Organizations = ["CSTO"], Date = DateFilter.Exactly(ArticleDate.Parse("2022")) };

        List<(string, int)> sideways = Pairs(index.SearchWithFacets(within, ["person"]).Counts("person", sideways: true)!);

        Assert.Equal(sideways, index.FindFacetValues("person", string.Empty, 100, within).Select(v => (v.Label, v.Count)));
        Assert.NotEmpty(sideways);
        var bad = Assert.Throws<InvalidSearchRequestException>(() => index.FindFacetValues("person", string.Empty, 10, within with { Language = "en" }));
        Assert.Equal("lang", bad.ParamName);
    }

    public void Dispose()
    {
        index.Dispose();
        temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static IReadOnlyList<string> AnalyzerLanguages => Analysis.AnalyzerRegistry.Languages;

    private static DateFilter? Date(string? text) => text switch
    {
        null => null,
        _ when text.Contains("..", StringComparison.Ordinal) => new DateFilter(
            text.Split("..")[0] is { Length: > 0 } from ? ArticleDate.Parse(from) : null,
            text.Split("..")[1] is { Length: > 0 } to ? ArticleDate.Parse(to) : null),
        _ => DateFilter.Exactly(ArticleDate.Parse(text)),
    };

    /// <summary>Counts a facet field over hits from their own fields, ordered as facet lists are.</summary>
    private static List<(string, int)> Oracle(IEnumerable<NewsHit> hits, string field)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (NewsHit hit in hits)
        {
            IEnumerable<string> values = field switch
            {
                "person" => hit.Persons.Distinct(),
                "organization" => hit.Organizations.Distinct(),
                "lang" => [hit.Language],
                "year" => hit.Date is { } d ? [d[..4]] : [],
                _ => hit.Date is { Length: >= 7 } d ? [d[..7]] : [],
            };
            foreach (string value in values)
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        return [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];
    }

    private static List<(string, int)> Pairs(FacetCounts counts) => [.. counts.GetAll().Select(v => (v.Label, v.Count))];

    private static string Describe(DateFacetNode year) =>
        $"{year.Label} {year.Count}: {string.Join(", ", year.Children.Select(m => $"{m.Label} {m.Count}"))}";

    private void Add(string id, string language, string? date, string title, string body, string[] persons, string[] organizations) =>
        index.Add(new Article(id, language, date is null ? null : ArticleDate.Parse(date), title, body, persons, organizations));
}

public sealed class NewsIndexFacetTestsOnNative() : NewsIndexFacetTests(NewsEngines.Native);

public sealed class NewsIndexFacetTestsOnLuceneNet() : NewsIndexFacetTests(NewsEngines.LuceneNet);
