using SearchEngine.News.Engines;
using SearchEngine.News.Querying;

namespace SearchEngine.Engines.LuceneNet.Tests.Searching;

public sealed class LuceneNetSnapshotTests(NewsCorpus corpus) : IClassFixture<NewsCorpus>
{
    private static readonly HitOrder ByScore = new("id");

    public static TheoryData<int, bool?> PagesAndOrders() => new()
    {
        { 1, null }, { 3, null }, { 7, null }, { 50, null },
        { 1, true }, { 7, true }, { 3, false }, { 50, false },
    };

    [Theory]
    [MemberData(nameof(PagesAndOrders))]
    public void Search_after_pages_through_the_order_with_no_hit_twice_and_none_missed(int pageSize, bool? dateDescending)
    {
        Query query = new BooleanQueryBuilder()
            .Add(new TermQuery("body_da", "hund"), Occur.Should)
            .Add(new TermQuery("body_da", "kat"), Occur.Should)
            .Add(new TermQuery("body_nl", "kat"), Occur.Should)
            .Build();
        HitOrder order = dateDescending is bool descending ? new HitOrder("id", new SortByNumericField("date", descending)) : ByScore;
        EngineTopDocs all = corpus.Snapshot.Search(query, 1000, order);

        var paged = new List<EngineScoreDoc>();
        HitPosition? after = null;
        while (paged.Count <= all.TotalHits)
        {
            EngineTopDocs page = corpus.Snapshot.Search(query, pageSize, order, after);
            Assert.Equal(all.TotalHits, page.TotalHits);
            if (page.ScoreDocs.Count == 0)
            {
                break;
            }

            paged.AddRange(page.ScoreDocs);
            after = PositionOf(page.ScoreDocs[^1], order);
        }

        Assert.True(all.TotalHits > 10);
        Assert.Equal(all.ScoreDocs, paged);
    }

    [Fact]
    public void Equal_scores_come_in_key_order_and_page_through_by_it()
    {
        EngineTopDocs first = corpus.Snapshot.Search(new MatchAllDocsQuery(), 5, ByScore);
        EngineTopDocs second = corpus.Snapshot.Search(new MatchAllDocsQuery(), 5, ByScore, PositionOf(first.ScoreDocs[^1], ByScore));

        Assert.All(first.ScoreDocs.Concat(second.ScoreDocs), static hit => Assert.Equal(1f, hit.Score));
        Assert.Equal(corpus.Live.Count, first.TotalHits);
        Assert.Equal(corpus.Live.Count, second.TotalHits);
        List<string> ids = TestIndexes.Ids(corpus.Snapshot, first.ScoreDocs.Concat(second.ScoreDocs));
        Assert.Equal(corpus.Live.Select(static a => a.Id).Order(StringComparer.Ordinal).Take(10), ids);
    }

    [Fact]
    public void A_position_between_keys_continues_with_the_next_key()
    {
        List<string> ids = [.. corpus.Live.Select(static a => a.Id).Order(StringComparer.Ordinal)];

        // A key no document has (the third id with a character appended) sorts between the third and the fourth.
        EngineTopDocs page = corpus.Snapshot.Search(new MatchAllDocsQuery(), 2, ByScore, new HitPosition(null, 1f, ids[2] + "!"));

        Assert.Equal(ids[3..5], TestIndexes.Ids(corpus.Snapshot, page.ScoreDocs));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sorting_by_a_number_puts_documents_without_it_last_in_either_direction(bool descending)
    {
        EngineTopDocs sorted = corpus.Snapshot.Search(new MatchAllDocsQuery(), 1000, new HitOrder("id", new SortByNumericField("date", descending)));

        var expected = corpus.Live
            .OrderBy(static a => a.DateNumber is null)
            .ThenBy(a => (descending ? -1 : 1) * (a.DateNumber ?? 0))
            .ThenBy(static a => a.Id, StringComparer.Ordinal)
            .Select(static a => a.Id);
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

        EngineTopDocs sorted = corpus.Snapshot.Search(query, 1000, new HitOrder("id", new SortByNumericField("date", Descending: false)));

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
    public void Search_after_without_an_order_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => corpus.Snapshot.Search(new MatchAllDocsQuery(), 5, order: null, after: new HitPosition(null, 1f, "a")));

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

    private HitPosition PositionOf(EngineScoreDoc hit, HitOrder order)
    {
        string id = Load(hit.Doc, "id").Single();
        long? date = order.ByValue is null ? null : corpus.Article(id).DateNumber;
        return new HitPosition(date, hit.Score, id);
    }

    private List<string> Load(int doc, string field)
    {
        var values = new List<string>();
        corpus.Snapshot.LoadValues(doc, field, values);
        return values;
    }
}
