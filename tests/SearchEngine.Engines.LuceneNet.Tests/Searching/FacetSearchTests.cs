using SearchEngine.News.Engines;
using SearchEngine.News.Facets;
using SearchEngine.News.Querying;

namespace SearchEngine.Engines.LuceneNet.Tests.Searching;

public sealed class FacetSearchTests(NewsCorpus corpus) : IClassFixture<NewsCorpus>
{
    private static readonly string[] FacetFields = ["person", "year", "month"];

    public static TheoryData<string?, string[], int?, int?> Filters() => new()
    {
        { null, [], null, null },
        { "da", [], null, null },
        { "da", ["Anna Holm"], null, null },
        { "da", ["Anna Holm", "Bo Jensen"], null, null },
        { null, ["Eva Lund", "Ærø Øst"], 2023, 2023 },
        { "nl", [], 2022, 2023 },
        { null, ["Cees de Vries"], 2024, 2024 },
        { "da", ["Nobody"], null, null },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Drill_down_and_sideways_counts_equal_the_counts_of_the_documents(string? language, string[] persons, int? fromYear, int? toYear)
    {
        var dimensions = new List<DrillDimension>();
        if (persons.Length > 0)
        {
            dimensions.Add(DrillDimension.AnyOf("person", persons));
        }

        if (fromYear is not null)
        {
            dimensions.Add(new DrillDimension("date", new NumericRangeQuery("date", fromYear.Value * 10000L, (toYear!.Value * 10000L) + 1231), ["year", "month"]));
        }

        EngineFacetedTopDocs result = corpus.Snapshot.SearchWithFacets(Base(language), dimensions, FacetFields, 10);

        bool InLanguage(TestArticle a) => language is null || a.Language == language;
        bool HasPerson(TestArticle a) => persons.Length == 0 || a.Persons.Intersect(persons).Any();
        bool InYears(TestArticle a) => fromYear is null || (a.Date is { } d && d.Year >= fromYear && d.Year <= toYear);
        TestArticle[] drillDown = [.. corpus.Live.Where(a => InLanguage(a) && HasPerson(a) && InYears(a))];
        TestArticle[] personSideways = [.. corpus.Live.Where(a => InLanguage(a) && InYears(a))];
        TestArticle[] dateSideways = [.. corpus.Live.Where(a => InLanguage(a) && HasPerson(a))];

        Assert.Equal(drillDown.Length, result.TopDocs.TotalHits);
        Assert.Equal(Math.Min(10, drillDown.Length), result.TopDocs.ScoreDocs.Count);
        AssertCounts(Count(drillDown, static a => a.Persons), result.DrillDown["person"]);
        AssertCounts(Count(drillDown, static a => a.Year is null ? [] : [a.Year]), result.DrillDown["year"]);
        AssertCounts(Count(drillDown, static a => a.Month is null ? [] : [a.Month]), result.DrillDown["month"]);
        AssertCounts(Count(persons.Length > 0 ? personSideways : drillDown, static a => a.Persons), result.Sideways["person"]);
        AssertCounts(Count(fromYear is not null ? dateSideways : drillDown, static a => a.Year is null ? [] : [a.Year]), result.Sideways["year"]);
        AssertCounts(Count(fromYear is not null ? dateSideways : drillDown, static a => a.Month is null ? [] : [a.Month]), result.Sideways["month"]);
    }

    [Fact]
    public void Hits_under_facets_score_as_the_base_query_with_the_filters_as_filter_clauses()
    {
        Query text = new BooleanQueryBuilder()
            .Add(new TermQuery("body_da", "hund"), Occur.Should)
            .Add(new TermQuery("body_da", "kat"), Occur.Should)
            .Build();
        DrillDimension person = DrillDimension.AnyOf("person", "Anna Holm", "Bo Jensen", "Eva Lund");
        var date = new DrillDimension("date", new NumericRangeQuery("date", 20220101, 20231231), ["year", "month"]);

        EngineFacetedTopDocs faceted = corpus.Snapshot.SearchWithFacets(text, [person, date], FacetFields, 5);
        EngineTopDocs plain = corpus.Snapshot.Search(
            new BooleanQueryBuilder().Add(text, Occur.Must).Add(person.Filter, Occur.Filter).Add(date.Filter, Occur.Filter).Build(), 5);

        Assert.True(plain.TotalHits > 5);
        Assert.Equal(plain.TotalHits, faceted.TopDocs.TotalHits);
        Assert.Equal(plain.ScoreDocs, faceted.TopDocs.ScoreDocs);
    }

    [Fact]
    public void Sorted_faceted_hits_are_the_sorted_search_of_the_filtered_query()
    {
        DrillDimension person = DrillDimension.AnyOf("person", "Dirk Bakker", "Cees de Vries");
        var sort = new HitOrder("id", new SortByNumericField("date", Descending: true));

        EngineFacetedTopDocs faceted = corpus.Snapshot.SearchWithFacets(new MatchAllDocsQuery(), [person], ["person"], 8, sort);
        EngineTopDocs plain = corpus.Snapshot.Search(
            new BooleanQueryBuilder().Add(new MatchAllDocsQuery(), Occur.Must).Add(person.Filter, Occur.Filter).Build(), 8, sort);

        Assert.Equal(plain.TotalHits, faceted.TopDocs.TotalHits);
        Assert.Equal(plain.ScoreDocs, faceted.TopDocs.ScoreDocs);
    }

    [Fact]
    public void A_facet_field_no_document_has_counts_nothing()
    {
        EngineFacetedTopDocs result = corpus.Snapshot.SearchWithFacets(
            new MatchAllDocsQuery(), [DrillDimension.AnyOf("person", "Anna Holm")], ["organization", "person"], 3);

        Assert.Equal(0, result.DrillDown["organization"].LabelCount);
        Assert.Equal(0, result.Sideways["organization"].LabelCount);
        Assert.True(result.Sideways["person"].LabelCount > 1);
        Assert.Equal(0, corpus.Snapshot.CountValues("organization").LabelCount);
    }

    [Fact]
    public void A_dimension_given_twice_or_a_field_driven_twice_is_an_error_naming_it()
    {
        DrillDimension anna = DrillDimension.AnyOf("person", "Anna Holm");
        var alias = new DrillDimension("alias", anna.Filter, ["person"]);

        var twice = Assert.Throws<ArgumentException>(() => corpus.Snapshot.SearchWithFacets(new MatchAllDocsQuery(), [anna, anna], ["person"], 3));
        var driven = Assert.Throws<ArgumentException>(() => corpus.Snapshot.SearchWithFacets(new MatchAllDocsQuery(), [anna, alias], ["person"], 3));

        Assert.Contains("'person'", twice.Message, StringComparison.Ordinal);
        Assert.Contains("'alias'", driven.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counting_values_over_every_live_document_asks_the_predicate_once_per_value()
    {
        var asked = new List<string>();

        FacetCounts all = corpus.Snapshot.CountValues("person");
        FacetCounts some = corpus.Snapshot.CountValues("person", label =>
        {
            asked.Add(label);
            return label.StartsWith('A') || label.StartsWith('Æ');
        });

        Dictionary<string, int> expected = Count(corpus.Live, static a => a.Persons);
        AssertCounts(expected, all);
        AssertCounts(expected.Where(static p => p.Key.StartsWith('A') || p.Key.StartsWith('Æ')).ToDictionary(), some);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), asked.Order(StringComparer.Ordinal));
        AssertCounts(Count(corpus.Live, static a => a.Year is null ? [] : [a.Year]), corpus.Snapshot.CountValues("year"));
    }

    private static Query Base(string? language) => language is null
        ? new MatchAllDocsQuery()
        : new BooleanQueryBuilder().Add(new MatchAllDocsQuery(), Occur.Must).Add(new TermQuery("lang", language), Occur.Filter).Build();

    private static Dictionary<string, int> Count(IEnumerable<TestArticle> articles, Func<TestArticle, IEnumerable<string>> values) =>
        articles.SelectMany(a => values(a).Distinct()).GroupBy(static v => v).ToDictionary(static g => g.Key, static g => g.Count());

    private static void AssertCounts(Dictionary<string, int> expected, FacetCounts actual)
    {
        Assert.Equal(
            expected.OrderBy(static p => p.Key, StringComparer.Ordinal).Select(static p => (p.Key, p.Value)),
            actual.GetAll().OrderBy(static l => l.Label, StringComparer.Ordinal).Select(static l => (l.Label, l.Count)));
    }
}
