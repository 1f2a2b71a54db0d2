using SearchEngine.Core.Facets;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Facets;

public sealed class SortedSetFacetCountsTests
{
    [Theory]
    [InlineData("ram")]
    [InlineData("fs")]
    public void TopValuesComeByCountDescendingThenLabelInCodePointOrderMergedAcrossSegments(string kind)
    {
        // Each label appears in several segments, where its ordinals differ; "\uFF21" (fullwidth A) sorts before
        // the emoji by code point although its UTF-16 unit is above the emoji's surrogates.
        List<FacetDoc> docs = [];
        foreach ((string label, int count) in new[] { ("b", 3), ("Ørsted", 3), ("a", 3), ("Z", 3), ("😀", 2), ("\uFF21", 2), ("c", 1) })
        {
            for (int i = 0; i < count; i++)
            {
                docs.Add(Person($"{label}-{i}", label));
            }
        }

        docs.Add(Person("deleted", "c"));
        using FacetTestIndex index = FacetTestIndex.Build(kind, [.. docs.OrderBy(d => d.Id, StringComparer.Ordinal)], segmentSize: 4, ["deleted"]);

        SortedSetFacetCounts counts = FacetsCollector.Search(index.Searcher, new MatchAllDocsQuery()).Count("person");

        LabelAndCount[] expected = [new("Z", 3), new("a", 3), new("b", 3), new("Ørsted", 3), new("\uFF21", 2), new("😀", 2), new("c", 1)];
        Assert.Equal(expected, counts.GetAll());
        Assert.Equal(expected[..2], counts.GetTop(2));
        Assert.Equal(expected[..5], counts.GetTop(5));
        Assert.Equal(expected, counts.GetTop(100));
        Assert.Empty(counts.GetTop(0));
        Assert.Equal(7, counts.LabelCount);
        Assert.Equal(17, counts.DocCount);
    }

    [Fact]
    public void AValueRepeatedInOneDocumentCountsOnce()
    {
        using FacetTestIndex index = FacetTestIndex.Build("ram", [Person("d1", "X", "X", "Y", "X"), Person("d2", "X")], segmentSize: 10, []);

        SortedSetFacetCounts counts = FacetsCollector.Search(index.Searcher, new MatchAllDocsQuery()).Count("person");

        Assert.Equal([new LabelAndCount("X", 2), new LabelAndCount("Y", 1)], counts.GetAll());
        Assert.Equal(2, counts.DocCount);
    }

    [Fact]
    public void AFieldWithoutValuesInTheMatchesGivesEmptyCounts()
    {
        using FacetTestIndex index = FacetTestIndex.Build("ram", [Person("d1", "X"), Person("d2"), Person("d3")], segmentSize: 1, []);

        FacetsSearchResult all = FacetsCollector.Search(index.Searcher, new MatchAllDocsQuery());
        FacetsSearchResult none = FacetsCollector.Search(index.Searcher, new TermQuery("body", "absent"), topN: 5);
        FacetsSearchResult unvalued = FacetsCollector.Search(index.Searcher, new TermQuery("id", "d2"));

        Assert.Empty(all.Count("nosuchfield").GetTop(10));
        Assert.Equal(0, all.Count("nosuchfield").DocCount);
        Assert.Empty(none.MatchingDocs);
        Assert.Equal(0, none.TotalHits);
        Assert.Empty(none.TopDocs.ScoreDocs);
        Assert.Empty(none.Count("person").GetAll());
        Assert.Empty(unvalued.Count("person").GetAll());
        Assert.Equal(0, unvalued.Count("person").LabelCount);
        Assert.Equal(1, unvalued.TotalHits);
    }

    [Fact]
    public void ValuesWithDiacriticsAreCountedExactlyAsIndexed()
    {
        using FacetTestIndex index = FacetTestIndex.Build(
            "fs",
            [Person("d1", "Poul Schlüter", "Søren Pind"), Person("d2", "Poul Schlüter"), Person("d3", "Poul Schluter"), Person("d4", "Schlu\u0308ter")],
            segmentSize: 2,
            []);

        SortedSetFacetCounts counts = FacetsCollector.Search(index.Searcher, new MatchAllDocsQuery()).Count("person");

        Assert.Equal(2, counts.GetCount("Poul Schlüter"));
        Assert.Equal(1, counts.GetCount("Poul Schluter"));
        Assert.Equal(1, counts.GetCount("Søren Pind"));
        Assert.Equal(1, counts.GetCount("Schlu\u0308ter"));
        Assert.Equal(0, counts.GetCount("Schlüter"));
        Assert.Equal("Poul Schlüter", counts.GetTop(1)[0].Label);
    }

    [Fact]
    public void CountsAreTakenOverTheMatchingDocumentsOnly()
    {
        using FacetTestIndex index = FacetTestIndex.Build(
            "ram",
            [Person("d1", "A") with { Words = ["alfa"] }, Person("d2", "A", "B") with { Words = ["bravo"] }, Person("d3", "B") with { Words = ["alfa"] }],
            segmentSize: 2,
            []);

        SortedSetFacetCounts counts = FacetsCollector.Search(index.Searcher, new TermQuery("body", "alfa")).Count("person");

        Assert.Equal([new LabelAndCount("A", 1), new LabelAndCount("B", 1)], counts.GetAll());
    }

    internal static FacetDoc Person(string id, params string[] persons) => new(id, ["alfa"], persons, [], null, null, null);
}
