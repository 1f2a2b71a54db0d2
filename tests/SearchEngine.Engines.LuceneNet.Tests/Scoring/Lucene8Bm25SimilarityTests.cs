using SearchEngine.News.Engines;
using SearchEngine.News.Querying;

namespace SearchEngine.Engines.LuceneNet.Tests.Scoring;

/// <summary>
/// Scores of a hand-made index against Lucene 8's BM25 computed by hand. The body field (Danish, nothing stemmed):
/// d0 "hund kat hund" (3 terms), d1 "kat fisk" (2), d2 "hund fisk bil hus kat" (5), d3 none, d4 "bil hus" (2):
/// docCount 4 of 5 documents, 12 terms, average length 3. The title field: d0 "hund" (1), d3 "hund bil" (2):
/// docCount 2, average length 1.5.
/// </summary>
public sealed class Lucene8Bm25SimilarityTests : IDisposable
{
    private const long BodyDocs = 4;
    private const float BodyAverage = 3f;
    private const long TitleDocs = 2;
    private const float TitleAverage = 1.5f;
    private const float Tolerance = 1e-5f;

    private readonly TempDirectory temp = new();
    private readonly IEngineIndex index;
    private readonly IEngineSnapshot snapshot;

    public Lucene8Bm25SimilarityTests()
    {
        index = TestIndexes.Open(temp.Path);
        TestIndexes.Build(index,
        [
            ("d0", TestIndexes.WithId("d0").Text("body", "hund kat hund", "da").Text("title", "hund", "da")),
            ("d1", TestIndexes.WithId("d1").Text("body", "kat fisk", "da")),
            ("d2", TestIndexes.WithId("d2").Text("body", "hund fisk bil hus kat", "da")),
            ("d3", TestIndexes.WithId("d3").Text("title", "hund bil", "da")),
            ("d4", TestIndexes.WithId("d4").Text("body", "bil hus", "da")),
        ]);
        snapshot = index.OpenSnapshot();
    }

    public void Dispose()
    {
        snapshot.Dispose();
        index.Dispose();
        temp.Dispose();
    }

    [Fact]
    public void The_statistics_are_the_fields_own()
    {
        Assert.Equal(5, snapshot.MaxDoc);
        Assert.Equal(BodyDocs, snapshot.DocCount("body"));
        Assert.Equal(TitleDocs, snapshot.DocCount("title"));
        Assert.Equal(0, snapshot.DocCount("nothing"));
        Assert.Equal(2, snapshot.DocFreq("body", "hund"));
        Assert.Equal(3, snapshot.DocFreq("body", "kat"));
        Assert.Equal(0, snapshot.DocFreq("body", "ko"));
    }

    [Fact]
    public void A_term_scores_Lucene_8_BM25()
    {
        Dictionary<string, float> scores = Scores(new TermQuery("body", "hund"));

        float idf = Idf(2, BodyDocs);
        Assert.Equal(2, scores.Count);
        Assert.Equal(Bm25(idf, 1f, 2, 3, BodyAverage), scores["d0"], Tolerance);
        Assert.Equal(Bm25(idf, 1f, 1, 5, BodyAverage), scores["d2"], Tolerance);
    }

    [Fact]
    public void A_boost_multiplies_the_weight()
    {
        Dictionary<string, float> scores = Scores(new BoostQuery(new TermQuery("body", "kat"), 2.5f));

        float idf = Idf(3, BodyDocs);
        Assert.Equal(3, scores.Count);
        Assert.Equal(Bm25(idf, 2.5f, 1, 3, BodyAverage), scores["d0"], Tolerance);
        Assert.Equal(Bm25(idf, 2.5f, 1, 2, BodyAverage), scores["d1"], Tolerance);
        Assert.Equal(Bm25(idf, 2.5f, 1, 5, BodyAverage), scores["d2"], Tolerance);
    }

    [Fact]
    public void A_phrase_scores_its_frequency_with_the_summed_idf_of_its_terms()
    {
        Dictionary<string, float> scores = Scores(new PhraseQuery("body", [new PhraseTerm("hund", 0), new PhraseTerm("kat", 1)], 0));

        float idf = Idf(2, BodyDocs) + Idf(3, BodyDocs);
        Assert.Equal(["d0"], scores.Keys);
        Assert.Equal(Bm25(idf, 1f, 1, 3, BodyAverage), scores["d0"], Tolerance);
    }

    [Fact]
    public void A_sloppy_phrase_adds_one_over_distance_plus_one_per_match()
    {
        Dictionary<string, float> scores = Scores(new PhraseQuery("body", [new PhraseTerm("hund", 0), new PhraseTerm("kat", 1)], 3));

        // d0: "hund kat" in place (1) and "kat hund" two moves away (1/3); d2: kat three moves away (1/4).
        float idf = Idf(2, BodyDocs) + Idf(3, BodyDocs);
        Assert.Equal(2, scores.Count);
        Assert.Equal(Bm25(idf, 1f, 1f + (1f / 3), 3, BodyAverage), scores["d0"], Tolerance);
        Assert.Equal(Bm25(idf, 1f, 1f / 4, 5, BodyAverage), scores["d2"], Tolerance);
    }

    [Fact]
    public void Idf_and_average_length_count_only_the_documents_that_have_the_field()
    {
        Dictionary<string, float> scores = Scores(new TermQuery("title", "hund"));

        // Both titles have "hund": with maxDoc (5) as N the idf would be ln(1 + 3.5 / 2.5), not ln(1 + 0.5 / 2.5).
        float idf = Idf(2, TitleDocs);
        Assert.Equal(Bm25(idf, 1f, 1, 1, TitleAverage), scores["d0"], Tolerance);
        Assert.Equal(Bm25(idf, 1f, 1, 2, TitleAverage), scores["d3"], Tolerance);
    }

    [Fact]
    public void A_boolean_query_sums_its_matching_clauses_and_passes_its_boost_down()
    {
        BooleanQuery either = new BooleanQueryBuilder()
            .Add(new TermQuery("body", "hund"), Occur.Should)
            .Add(new TermQuery("body", "bil"), Occur.Should)
            .Build();

        Dictionary<string, float> plain = Scores(either);
        Dictionary<string, float> boosted = Scores(new BoostQuery(either, 2f));

        float hund = Idf(2, BodyDocs);
        float bil = Idf(2, BodyDocs);
        Assert.Equal(["d0", "d2", "d4"], plain.Keys.Order());
        Assert.Equal(Bm25(hund, 1f, 1, 5, BodyAverage) + Bm25(bil, 1f, 1, 5, BodyAverage), plain["d2"], Tolerance);
        Assert.Equal(Bm25(hund, 2f, 1, 5, BodyAverage) + Bm25(bil, 2f, 1, 5, BodyAverage), boosted["d2"], Tolerance);
        Assert.Equal(Bm25(bil, 2f, 1, 2, BodyAverage), boosted["d4"], Tolerance);
    }

    [Fact]
    public void Filters_add_nothing_to_the_score()
    {
        BooleanQuery filtered = new BooleanQueryBuilder()
            .Add(new TermQuery("body", "hund"), Occur.Must)
            .Add(new TermQuery("body", "kat"), Occur.Filter)
            .Build();

        Dictionary<string, float> scores = Scores(filtered);

        float idf = Idf(2, BodyDocs);
        Assert.Equal(Bm25(idf, 1f, 2, 3, BodyAverage), scores["d0"], Tolerance);
        Assert.Equal(Bm25(idf, 1f, 1, 5, BodyAverage), scores["d2"], Tolerance);
    }

    // Lucene 8: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), in double, as a float.
    private static float Idf(long docFreq, long docCount) => (float)Math.Log(1 + ((docCount - docFreq + 0.5d) / (docFreq + 0.5d)));

    // Lucene 8: weight = boost * idf; score = weight - weight / (1 + freq / (k1 * (1 - b + b * length / avgdl))), in floats.
    private static float Bm25(float idf, float boost, float freq, int length, float averageLength)
    {
        float weight = boost * idf;
        float inverseNorm = 1f / (1.2f * ((1 - 0.75f) + (0.75f * length / averageLength)));
        return weight - (weight / (1f + (freq * inverseNorm)));
    }

    private Dictionary<string, float> Scores(Query query)
    {
        EngineTopDocs top = snapshot.Search(query, 10);
        Assert.True(top.TotalIsExact);
        Assert.Equal(top.ScoreDocs.Count, top.TotalHits);
        List<string> ids = TestIndexes.Ids(snapshot, top.ScoreDocs);
        return ids.Zip(top.ScoreDocs, static (id, hit) => (id, hit.Score)).ToDictionary(static p => p.id, static p => p.Score);
    }
}
