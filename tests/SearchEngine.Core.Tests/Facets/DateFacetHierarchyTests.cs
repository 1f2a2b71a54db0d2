using SearchEngine.Core.Facets;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Facets;

public sealed class DateFacetHierarchyTests
{
    private static readonly List<FacetDoc> Docs =
    [
        Dated("year-only-1", 2020, null, null),
        Dated("year-only-2", 2020, null, null),
        Dated("month-only", 2020, 3, null),
        Dated("full", 2020, 3, 5),
        Dated("december", 2021, 12, 1),
        Dated("january", 2021, 1, null),
        Dated("deleted", 2021, 1, 2),
        new("undated", ["alfa"], [], [], null, null, null),
    ];

    [Fact]
    public void MonthsCountUnderTheirYearAndYearOnlyDatesCountAtYearLevelOnly()
    {
        using FacetTestIndex index = FacetTestIndex.Build("ram", Docs, segmentSize: 3, ["deleted"]);
        FacetsSearchResult result = FacetsCollector.Search(index.Searcher, new MatchAllDocsQuery());

        IReadOnlyList<DateFacetNode> tree = DateFacetHierarchy.Build(result.Count("year"), result.Count("month"));

        Assert.Equal(2, tree.Count);
        Assert.Equal(("2020", 4), (tree[0].Label, tree[0].Count));
        Assert.Equal([new LabelAndCount("2020-03", 2)], tree[0].Children);
        Assert.Equal(("2021", 2), (tree[1].Label, tree[1].Count));
        Assert.Equal([new LabelAndCount("2021-01", 1), new LabelAndCount("2021-12", 1)], tree[1].Children);
    }

    [Fact]
    public void NewestFirstReversesYearsAndMonths()
    {
        using FacetTestIndex index = FacetTestIndex.Build("fs", Docs, segmentSize: 2, ["deleted"]);
        FacetsSearchResult result = FacetsCollector.Search(index.Searcher, new MatchAllDocsQuery());

        IReadOnlyList<DateFacetNode> tree = DateFacetHierarchy.Build(result.Count("year"), result.Count("month"), newestFirst: true);

        Assert.Equal(["2021", "2020"], tree.Select(n => n.Label));
        Assert.Equal(["2021-12", "2021-01"], tree[0].Children.Select(c => c.Label));
    }

    [Fact]
    public void TheSidewaysDateTreeIgnoresTheDateFilterButKeepsTheOthers()
    {
        List<FacetDoc> docs = [.. Docs.Select((d, i) => d with { Persons = i % 2 == 0 ? ["Kaag"] : ["Rutte"] })];
        using FacetTestIndex index = FacetTestIndex.Build("ram", docs, segmentSize: 3, ["deleted"]);
        DrillDimension[] filters = [DrillDimension.Range("date", "date", 20210101, 20211231, "year", "month"), DrillDimension.AnyOf("person", "Kaag")];

        DrillSidewaysResult result = DrillSideways.Compute(index.Searcher, new MatchAllDocsQuery(), filters, ["year", "month"]);

        // Kaag's documents: year-only-1, month-only, december, deleted (gone); the date filter keeps december only.
        Assert.Equal(1, result.TotalHits);
        IReadOnlyList<DateFacetNode> sideways = DateFacetHierarchy.Build(result.Sideways["year"], result.Sideways["month"]);
        Assert.Equal([("2020", 2), ("2021", 1)], sideways.Select(n => (n.Label, n.Count)));
        Assert.Equal([new LabelAndCount("2020-03", 1)], sideways[0].Children);
        IReadOnlyList<DateFacetNode> drillDown = DateFacetHierarchy.Build(result.DrillDown["year"], result.DrillDown["month"]);
        Assert.Equal([("2021", 1)], drillDown.Select(n => (n.Label, n.Count)));
    }

    private static FacetDoc Dated(string id, int year, int? month, int? day) => new(id, ["alfa"], [], [], year, month, day);
}
