using SearchEngine.News.Engines;
using SearchEngine.News.Querying;

namespace SearchEngine.Engines.LuceneNet.Tests.Searching;

public sealed class LuceneNetSnapshotTests(NewsCorpus corpus) : IClassFixture<NewsCorpus>
{
    public static TheoryData<int> PageSizes() => [1, 3, 7, 50];

    [Theory]
    [MemberData(nameof(PageSizes))]
    public void Search_after_pages_through_the_relevance_order(int pageSize)
    {
        Query query = new BooleanQueryBuilder()
            .Add(new TermQuery("body_da", "hund"), Occur.Should)
            .Add(new TermQuery("body_da", "kat"), Occur.Should)
            .Add(new TermQuery("body_nl", "kat"), Occur.Should)
            .Build();
        EngineTopDocs all = corpus.Snapshot.Search(query, 1000);

        var paged = new List<EngineScoreDoc>();
        EngineScoreDoc? after = null;
        while (true)
        {
            EngineTopDocs page = corpus.Snapshot.Search(query, pageSize, after: after);
            Assert.Equal(all.TotalHits, page.TotalHits);
            if (page.ScoreDocs.Count == 0)
            {
                break;
            }

            paged.AddRange(page.ScoreDocs);
            after = page.ScoreDocs[^1];
        }

        Assert.True(all.TotalHits > 10);
        Assert.Equal(all.ScoreDocs, paged);
    }

    [Fact]
    public void Search_after_pages_through_equal_scores_by_document()
    {
        EngineTopDocs first = corpus.Snapshot.Search(new MatchAllDocsQuery(), 5);
        EngineTopDocs second = corpus.Snapshot.Search(new MatchAllDocsQuery(), 5, after: first.ScoreDocs[^1]);

        Assert.All(first.ScoreDocs.Concat(second.ScoreDocs), static hit => Assert.Equal(1f, hit.Score));
        Assert.Equal(corpus.Live.Count, first.TotalHits);
        int[] docs = [.. first.ScoreDocs.Concat(second.ScoreDocs).Select(static hit => hit.Doc)];
        Assert.Equal(docs.Order(), docs);
        Assert.Equal(10, docs.Distinct().Count());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sorting_by_a_number_puts_documents_without_it_last_in_either_direction(bool descending)
    {
        EngineTopDocs sorted = corpus.Snapshot.Search(new MatchAllDocsQuery(), 1000, new SortByNumericField("date", descending));

        var expected = corpus.Live
            .Select(a => (Article: a, Doc: TestIndexes.DocOf(corpus.Snapshot, a.Id)))
            .OrderBy(static p => p.Article.DateNumber is null)
            .ThenBy(p => (descending ? -1 : 1) * (p.Article.DateNumber ?? 0))
            .ThenBy(static p => p.Doc)
            .Select(static p => p.Article.Id);
        Assert.Equal(expected, TestIndexes.Ids(corpus.Snapshot, sorted.ScoreDocs));
        Assert.All(sorted.ScoreDocs, static hit => Assert.Equal(1f, hit.Score));
        Assert.Equal(corpus.Live.Count, sorted.TotalHits);
    }

    [Fact]
    public void Sorted_hits_with_equal_values_come_by_score_and_carry_their_scores()
    {
        Query query = new BooleanQueryBuilder()
            .Add(new TermQuery("body_da", "hund"), Occur.Should)
            .Add(new TermQuery("body_da", "fisk"), Occur.Should)
            .Build();
        Dictionary<int, float> scores = corpus.Snapshot.Search(query, 1000).ScoreDocs.ToDictionary(static h => h.Doc, static h => h.Score);

        EngineTopDocs sorted = corpus.Snapshot.Search(query, 1000, new SortByNumericField("date", Descending: false));

        Assert.Equal(scores.Count, sorted.TotalHits);
        Assert.All(sorted.ScoreDocs, hit => Assert.Equal(scores[hit.Doc], hit.Score));
        long?[] dates = [.. TestIndexes.Ids(corpus.Snapshot, sorted.ScoreDocs).Select(id => corpus.Article(id).DateNumber)];
        for (int i = 1; i < dates.Length; i++)
        {
            Assert.True(dates[i - 1] is not null || dates[i] is null, "a document without a date came before one with it");
            if (dates[i - 1] is { } previous && dates[i] is { } current)
            {
                Assert.True(previous < current || (previous == current && scores[sorted.ScoreDocs[i - 1].Doc] >= scores[sorted.ScoreDocs[i].Doc]));
            }
        }
    }

    [Fact]
    public void Search_after_with_a_sort_is_an_error()
    {
        EngineScoreDoc hit = corpus.Snapshot.Search(new MatchAllDocsQuery(), 1).ScoreDocs[0];

        var error = Assert.Throws<ArgumentException>(() => corpus.Snapshot.Search(new MatchAllDocsQuery(), 5, new SortByNumericField("date"), hit));

        Assert.Equal("after", error.ParamName);
    }

    [Fact]
    public void Values_load_from_value_fields_and_facets_in_label_order()
    {
        TestArticle article = corpus.Live.First(static a => a.Persons.Length >= 2 && a.Date is not null);
        TestArticle undated = corpus.Live.First(static a => a.Persons.Length == 0 && a.Date is null);
        int doc = TestIndexes.DocOf(corpus.Snapshot, article.Id);
        int bare = TestIndexes.DocOf(corpus.Snapshot, undated.Id);

        Assert.Equal([article.Id], Load(doc, "id"));
        Assert.Equal([article.Date!.Value.ToString("yyyy-MM-dd", null)], Load(doc, "date_text"));
        Assert.Equal(article.Persons.Order(StringComparer.Ordinal), Load(doc, "person"));
        Assert.Equal([article.Year!], Load(doc, "year"));
        Assert.Empty(Load(bare, "person"));
        Assert.Empty(Load(bare, "date_text"));
        Assert.Empty(Load(doc, "no_such_field"));
    }

    [Fact]
    public void Stored_fields_load_in_the_order_they_were_stored()
    {
        TestArticle article = corpus.Live.First(static a => a.Persons.Length >= 2 && a.Date is not null);
        int doc = TestIndexes.DocOf(corpus.Snapshot, article.Id);

        IReadOnlyList<KeyValuePair<string, string>> stored = corpus.Snapshot.LoadStored(doc, new HashSet<string> { "person", "date" });

        var expected = article.Persons.Select(static p => new KeyValuePair<string, string>("person", p))
            .Append(new KeyValuePair<string, string>("date", article.Date!.Value.ToString("yyyy-MM-dd", null)));
        Assert.Equal(expected, stored);
        Assert.Empty(corpus.Snapshot.LoadStored(doc, new HashSet<string> { "body_da" }));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void A_document_number_outside_the_snapshot_is_an_error_naming_it(int doc)
    {
        var values = Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Snapshot.LoadValues(doc, "id", []));
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Snapshot.LoadStored(doc, new HashSet<string> { "person" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Snapshot.Search(new MatchAllDocsQuery(), 3, after: new EngineScoreDoc(doc, 1f)));

        Assert.Contains(doc.ToString(null, null), values.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_snapshot_describes_its_commit()
    {
        Assert.Equal(corpus.Live.Count, corpus.Snapshot.NumDocs);
        Assert.True(corpus.Snapshot.MaxDoc > corpus.Snapshot.NumDocs);
        Assert.True(corpus.Snapshot.SegmentCount >= 2);
        Assert.Equal(3, corpus.Snapshot.Generation);
        Assert.True(corpus.Snapshot.Bytes > 0);
    }

    private List<string> Load(int doc, string field)
    {
        var values = new List<string>();
        corpus.Snapshot.LoadValues(doc, field, values);
        return values;
    }
}
