using SearchEngine.Core.Facets;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Facets;

public sealed class FacetValueSearchTests : IDisposable
{
    private static readonly (string Person, int Documents)[] People =
    [
        ("Poul Schlüter", 3), ("Søren Østergaard", 2), ("Ørsted", 4), ("Ærø Jensen", 1), ("Jens-Otto Krag", 2),
        ("José Müller", 1), ("Franz Straßer", 1), ("Zoë Kravitz", 1), ("Łukasz Żak", 1),
    ];

    private readonly FacetTestIndex index;

    public FacetValueSearchTests()
    {
        var docs = new List<FacetDoc>();
        foreach ((string person, int documents) in People)
        {
            for (int i = 0; i < documents; i++)
            {
                docs.Add(SortedSetFacetCountsTests.Person($"{person}-{i}", person) with { Words = [i == 0 ? "alfa" : "bravo"] });
            }
        }

        // A deleted document does not count.
        docs.Add(SortedSetFacetCountsTests.Person("deleted", "Poul Schlüter", "Zoë Kravitz"));
        var random = new Random(7);
        index = FacetTestIndex.Build("fs", [.. docs.OrderBy(_ => random.Next())], segmentSize: 5, ["deleted"]);
    }

    [Theory]
    [InlineData("schl", "Poul Schlüter=3")]
    [InlineData("SCHLÜ", "Poul Schlüter=3")]
    [InlineData("Schlu\u0308", "Poul Schlüter=3")]
    [InlineData("poul s", "Poul Schlüter=3")]
    [InlineData("  Schl  ", "Poul Schlüter=3")]
    [InlineData("o", "Ørsted=4, Jens-Otto Krag=2, Søren Østergaard=2")]
    [InlineData("ør", "Ørsted=4")]
    [InlineData("OST", "Søren Østergaard=2")]
    [InlineData("ae", "Ærø Jensen=1")]
    [InlineData("aerø", "Ærø Jensen=1")]
    [InlineData("jens", "Jens-Otto Krag=2, Ærø Jensen=1")]
    [InlineData("otto", "Jens-Otto Krag=2")]
    [InlineData("strasse", "Franz Straßer=1")]
    [InlineData("zoe", "Zoë Kravitz=1")]
    [InlineData("zak", "Łukasz Żak=1")]
    [InlineData("LUKASZ Z", "Łukasz Żak=1")]
    [InlineData("muller", "José Müller=1")]
    [InlineData("chl", "")]
    [InlineData("xyz", "")]
    public void PrefixSearchIgnoresCaseAndDiacriticsAndMatchesAnyWordStart(string prefix, string expected)
    {
        Assert.Equal(expected, Show(FacetValueSearch.Find(index.Searcher, "person", prefix, limit: 10)));
    }

    [Fact]
    public void AnEmptyPrefixListsTheMostFrequentValuesUpToTheLimit()
    {
        Assert.Equal("Ørsted=4, Poul Schlüter=3, Jens-Otto Krag=2", Show(FacetValueSearch.Find(index.Searcher, "person", "", limit: 3)));
        Assert.Equal(People.Length, FacetValueSearch.Find(index.Searcher, "person", " ", limit: 100).Count);
        Assert.Empty(FacetValueSearch.Find(index.Searcher, "person", "o", limit: 0));
        Assert.Empty(FacetValueSearch.Find(index.Searcher, "nosuchfield", "o", limit: 10));
    }

    [Fact]
    public void SearchWithinMatchingDocumentsCountsOnlyThose()
    {
        FacetsSearchResult alfa = FacetsCollector.Search(index.Searcher, new TermQuery("body", "alfa"));

        Assert.Equal("Jens-Otto Krag=1, Søren Østergaard=1, Ørsted=1", Show(FacetValueSearch.Find(alfa.MatchingDocs, "person", "o", limit: 10)));
    }

    [Fact]
    public void CountGivesTheExactValuesLiveDocumentCountsInOnePass()
    {
        // Across segments, the deleted document not counted, unknown and repeated values ignored, no prefix matching.
        string[] values = ["Poul Schlüter", "Zoë Kravitz", "Ørsted", "Poul", "No Such Person", "Ørsted"];

        Assert.Equal("Ørsted=4, Poul Schlüter=3, Zoë Kravitz=1", Show(FacetValueSearch.Count(index.Searcher, "person", values)));
        Assert.Empty(FacetValueSearch.Count(index.Searcher, "person", []));
        Assert.Empty(FacetValueSearch.Count(index.Searcher, "nosuchfield", values));
    }

    public void Dispose() => index.Dispose();

    private static string Show(IEnumerable<LabelAndCount> values) => string.Join(", ", values.Select(v => $"{v.Label}={v.Count}"));
}
