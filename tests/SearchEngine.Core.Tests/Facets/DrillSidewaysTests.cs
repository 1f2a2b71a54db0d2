using SearchEngine.Core.Facets;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Facets;

public sealed class DrillSidewaysTests : IDisposable
{
    private readonly FacetTestIndex index;

    public DrillSidewaysTests()
    {
        List<FacetDoc> docs =
        [
            new("d1", ["alfa"], ["Kaag", "Rutte"], ["VVD"], 2020, 1, 5),
            new("d2", ["alfa", "alfa"], ["Kaag"], ["D66"], 2021, 2, null),
            new("d3", ["alfa", "bravo"], ["Rutte"], ["VVD"], 2021, null, null),
            new("d4", ["bravo"], ["Kaag"], ["VVD"], 2022, 3, 1),
            new("d5", ["alfa"], [], ["D66", "VVD"], 2022, 4, 2),
            new("d6", ["alfa"], ["Kaag"], [], null, null, null),
            new("gone", ["alfa"], ["Kaag"], ["VVD"], 2020, 1, 1),
        ];
        index = FacetTestIndex.Build("ram", docs, segmentSize: 3, ["gone"]);
    }

    [Fact]
    public void EachFilteredDimensionIsCountedWithoutItsOwnFilterAndOthersEqualDrillDown()
    {
        DrillDimension[] filters = [DrillDimension.AnyOf("person", "Kaag"), DrillDimension.AnyOf("organization", "VVD")];

        DrillSidewaysResult result = DrillSideways.Compute(index.Searcher, new TermQuery("body", "alfa"), filters, ["person", "organization", "year"], topN: 10);

        // alfa: d1 d2 d3 d5 d6; Kaag and VVD: d1 only.
        Assert.Equal(1, result.TotalHits);
        Assert.Equal("Kaag=1, Rutte=1", Show(result.DrillDown["person"]));
        Assert.Equal("Rutte=2, Kaag=1", Show(result.Sideways["person"])); // VVD kept: d1 d3 d5
        Assert.Equal("VVD=1", Show(result.DrillDown["organization"]));
        Assert.Equal("D66=1, VVD=1", Show(result.Sideways["organization"])); // Kaag kept: d1 d2 d6
        Assert.Same(result.DrillDown["year"], result.Sideways["year"]);
        Assert.Equal("2020=1", Show(result.Sideways["year"]));
        Assert.Equal(["d1"], result.TopDocs.ScoreDocs.Select(h => index.Doc(h.Doc).Id));
    }

    [Fact]
    public void WithoutDimensionsTheCountsAndHitsAreThoseOfTheBaseQuery()
    {
        var query = new TermQuery("body", "alfa");
        FacetsSearchResult plain = FacetsCollector.Search(index.Searcher, query, topN: 3);

        DrillSidewaysResult result = DrillSideways.Compute(index.Searcher, query, [], ["person", "person", "month"], topN: 3);

        Assert.Equal(5, result.TotalHits);
        Assert.Equal(plain.TopDocs.ScoreDocs, result.TopDocs.ScoreDocs);
        Assert.Equal(["month", "person"], result.DrillDown.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Show(plain.Count("person")), Show(result.DrillDown["person"]));
        Assert.Same(result.DrillDown["person"], result.Sideways["person"]);
        Assert.Same(query, DrillSideways.DrillDownQuery(query, []));
    }

    [Fact]
    public void HitsCanBeSortedByTheDateAsTheSearcherSortsThem()
    {
        DrillDimension[] filters = [DrillDimension.AnyOf("organization", "VVD", "D66")];
        var sort = new SortByNumericField("date");

        DrillSidewaysResult result = DrillSideways.Compute(index.Searcher, new MatchAllDocsQuery(), filters, ["person"], topN: 3, sort);

        TopDocs expected = index.Searcher.Search(DrillSideways.DrillDownQuery(new MatchAllDocsQuery(), filters), 3, sort);
        Assert.Equal(expected.ScoreDocs, result.TopDocs.ScoreDocs);
        Assert.Equal(["d5", "d4", "d2"], result.TopDocs.ScoreDocs.Select(h => index.Doc(h.Doc).Id));
        Assert.Equal(5, result.TotalHits);
    }

    [Fact]
    public void ADocumentFailingTwoFiltersCountsNowhereAndAFilterMatchingNothingEmptiesTheOthers()
    {
        DrillDimension[] filters = [DrillDimension.AnyOf("person", "Nobody"), DrillDimension.AnyOf("organization", "Nothing")];

        DrillSidewaysResult result = DrillSideways.Compute(index.Searcher, new MatchAllDocsQuery(), filters, ["person", "organization"], topN: 5);

        Assert.Equal(0, result.TotalHits);
        Assert.Empty(result.TopDocs.ScoreDocs);
        Assert.Empty(result.Sideways["person"].GetAll());
        Assert.Empty(result.Sideways["organization"].GetAll());

        DrillSidewaysResult one = DrillSideways.Compute(index.Searcher, new MatchAllDocsQuery(), [filters[0]], ["person", "organization"]);

        Assert.Equal("Kaag=4, Rutte=2", Show(one.Sideways["person"]));
        Assert.Empty(one.Sideways["organization"].GetAll());
    }

    [Fact]
    public void RepeatedDimensionsSharedFacetFieldsAndEmptyValueListsAreRejected()
    {
        var all = new MatchAllDocsQuery();
        DrillDimension person = DrillDimension.AnyOf("person", "Kaag");

        Assert.Throws<ArgumentException>(() => DrillSideways.Compute(index.Searcher, all, [person, DrillDimension.AnyOf("person", "Rutte")], ["person"]));
        Assert.Throws<ArgumentException>(() => DrillSideways.Compute(index.Searcher, all, [person, new DrillDimension("who", new TermQuery("person", "Rutte"), "person")], ["person"]));
        Assert.Throws<ArgumentException>(() => DrillDimension.AnyOf("person"));
        Assert.Throws<ArgumentOutOfRangeException>(() => DrillSideways.Compute(index.Searcher, all, [], ["person"], topN: -1));
    }

    public void Dispose() => index.Dispose();

    private static string Show(SortedSetFacetCounts counts) => string.Join(", ", counts.GetAll().Select(v => $"{v.Label}={v.Count}"));
}
