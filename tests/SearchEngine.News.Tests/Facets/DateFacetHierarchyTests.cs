using SearchEngine.News.Facets;

namespace SearchEngine.News.Tests.Facets;

public sealed class DateFacetHierarchyTests
{
    // year-only dates count at year level only; months count under their year.
    private static readonly FacetCounts Years = new("year", ["2020", "2021"], [4, 2]);
    private static readonly FacetCounts Months = new("month", ["2021-12", "2020-03", "2021-01"], [1, 2, 1]);

    [Fact]
    public void MonthsCountUnderTheirYearAndYearOnlyDatesCountAtYearLevelOnly()
    {
        IReadOnlyList<DateFacetNode> tree = DateFacetHierarchy.Build(Years, Months);

        Assert.Equal(2, tree.Count);
        Assert.Equal(("2020", 4), (tree[0].Label, tree[0].Count));
        Assert.Equal([new LabelAndCount("2020-03", 2)], tree[0].Children);
        Assert.Equal(("2021", 2), (tree[1].Label, tree[1].Count));
        Assert.Equal([new LabelAndCount("2021-01", 1), new LabelAndCount("2021-12", 1)], tree[1].Children);
    }

    [Fact]
    public void NewestFirstReversesYearsAndMonths()
    {
        IReadOnlyList<DateFacetNode> tree = DateFacetHierarchy.Build(Years, Months, newestFirst: true);

        Assert.Equal(["2021", "2020"], tree.Select(n => n.Label));
        Assert.Equal(["2021-12", "2021-01"], tree[0].Children.Select(c => c.Label));
    }

    [Fact]
    public void NoCountedYearsGiveAnEmptyTree()
    {
        Assert.Empty(DateFacetHierarchy.Build(FacetCounts.Empty("year"), FacetCounts.Empty("month")));
    }
}
