using SearchEngine.Engines.LuceneNet.Queries;
using SearchEngine.News.Engines;
using SearchEngine.News.Querying;

namespace SearchEngine.Engines.LuceneNet.Tests.Queries;

/// <summary>Matches and constant scores of each query kind over five documents: id, tag (keyword), body (Danish) and n (number).</summary>
public sealed class QueryTranslatorTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly IEngineIndex index;
    private readonly IEngineSnapshot snapshot;

    public QueryTranslatorTests()
    {
        index = TestIndexes.Open(temp.Path);
        TestIndexes.Build(index,
        [
            ("d1", TestIndexes.WithId("d1").Keyword("tag", "alpha").Text("body", "hund kat", "da").Numeric("n", -5)),
            ("d2", TestIndexes.WithId("d2").Keyword("tag", "alphabet").Text("body", "hund", "da").Numeric("n", 0)),
            ("d3", TestIndexes.WithId("d3").Keyword("tag", "beta").Text("body", "kat fisk", "da").Numeric("n", 7)),
            ("d4", TestIndexes.WithId("d4").Keyword("tag", "gamma").Text("body", "fisk", "da").Numeric("n", long.MaxValue)),
            ("d5", TestIndexes.WithId("d5").Keyword("tag", "Alpha")),
        ]);
        snapshot = index.OpenSnapshot();
    }

    // The cases are keyed by name: the engine-neutral queries are internal to the facade, so a theory takes the key.
    private static readonly Dictionary<string, (Query Query, string[] Expected)> MatchCases = new()
    {
        { "term", (new TermQuery("tag", "beta"), ["d3"]) },
        { "prefix, exact case", (new PrefixQuery("tag", "alpha"), ["d1", "d2"]) },
        { "range, both bounds", (new TermRangeQuery("tag", "alpha", "beta", true, true), ["d1", "d2", "d3"]) },
        { "range, exclusive", (new TermRangeQuery("tag", "alpha", "beta", false, false), ["d2"]) },
        { "range, open below", (new TermRangeQuery("tag", null, "alpha", true, true), ["d1", "d5"]) },
        { "range, open above", (new TermRangeQuery("tag", "beta", null, false, true), ["d4"]) },
        { "numbers", (new NumericRangeQuery("n", -5, 6), ["d1", "d2"]) },
        { "numbers, open below", (new NumericRangeQuery("n", long.MinValue, 0), ["d1", "d2"]) },
        { "numbers, open above", (new NumericRangeQuery("n", 1, long.MaxValue), ["d3", "d4"]) },
        { "numbers, one value", (new NumericRangeQuery("n", long.MaxValue - 1, long.MaxValue), ["d4"]) },
        { "everything", (new MatchAllDocsQuery(), ["d1", "d2", "d3", "d4", "d5"]) },
        { "no clauses", (BooleanQuery.Empty, []) },
        { "only a prohibited clause", (new BooleanQueryBuilder().Add(new TermQuery("tag", "beta"), Occur.MustNot).Build(), []) },
        { "minimum should match", (new BooleanQueryBuilder()
            .Add(new TermQuery("body", "hund"), Occur.Should).Add(new TermQuery("body", "kat"), Occur.Should)
            .Add(new TermQuery("body", "fisk"), Occur.Should).Build(2), ["d1", "d3"]) },
        { "filter and exclusion", (new BooleanQueryBuilder()
            .Add(new PrefixQuery("tag", "alpha"), Occur.Filter).Add(new TermQuery("body", "kat"), Occur.MustNot).Build(), ["d2"]) },
        { "optional beside a filter", (new BooleanQueryBuilder()
            .Add(new TermQuery("body", "fisk"), Occur.Should).Add(new NumericRangeQuery("n", 0, 10), Occur.Filter).Build(), ["d2", "d3"]) },
        { "phrase", (new PhraseQuery("body", [new PhraseTerm("kat", 0), new PhraseTerm("fisk", 1)], 0), ["d3"]) },
        { "phrase with a gap", (new PhraseQuery("body", [new PhraseTerm("hund", 0), new PhraseTerm("fisk", 2)], 0), []) },
        { "sloppy phrase in reverse", (new PhraseQuery("body", [new PhraseTerm("kat", 0), new PhraseTerm("hund", 1)], 2), ["d1"]) },
    };

    private static readonly (Query Query, float Score)[] ConstantScoreCases =
    [
        (new MatchAllDocsQuery(), 1f),
        (new BoostQuery(new MatchAllDocsQuery(), 3f), 3f),
        (new PrefixQuery("tag", "alpha"), 1f),
        (new BoostQuery(new PrefixQuery("tag", "alpha"), 2.5f), 2.5f),
        (new BoostQuery(new BoostQuery(new TermRangeQuery("tag", "alpha", "alphabet", true, true), 2f), 3f), 6f),
        (new BoostQuery(new NumericRangeQuery("n", -5, 0), 0.5f), 0.5f),
        (new BooleanQueryBuilder().Add(new PrefixQuery("tag", "alpha"), Occur.Filter).Build(), 0f),
        (new BoostQuery(new BooleanQueryBuilder().Add(new PrefixQuery("tag", "alpha"), Occur.Must).Add(new MatchAllDocsQuery(), Occur.Filter).Build(), 4f), 4f),
    ];

    private static readonly (Query Query, string Named)[] BadQueryCases =
    [
        (new BoostQuery(new TermQuery("tag", "beta"), -1f), "-1"),
        (new BoostQuery(new TermQuery("tag", "beta"), float.NaN), "NaN"),
        (new TermQuery("", "beta"), "names no field"),
        (new PhraseQuery("body", [], 0), "no terms"),
        (new PhraseQuery("body", [new PhraseTerm("kat", 0), new PhraseTerm("fisk", 1)], -1), "slop"),
        (new PhraseQuery("body", [new PhraseTerm("kat", 3), new PhraseTerm("fisk", 1)], 0), "position"),
        (new BooleanQuery([], -1), "-1"),
        (new UnknownQuery(), "UnknownQuery"),
    ];

    public static TheoryData<string> Matches() => new(MatchCases.Keys);

    public static TheoryData<int> ConstantScores() => new(Enumerable.Range(0, ConstantScoreCases.Length));

    public static TheoryData<int> BadQueries() => new(Enumerable.Range(0, BadQueryCases.Length));

    [Theory]
    [MemberData(nameof(Matches))]
    public void Each_query_kind_matches_what_Lucene_8_matches(string kind)
    {
        (Query query, string[] expected) = MatchCases[kind];
        EngineTopDocs top = snapshot.Search(query, 10);

        Assert.Equal(expected, TestIndexes.Ids(snapshot, top.ScoreDocs).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, top.TotalHits);
        Assert.False(string.IsNullOrEmpty(kind));
    }

    [Theory]
    [MemberData(nameof(ConstantScores))]
    public void Constant_score_queries_score_their_boost(int index)
    {
        (Query query, float score) = ConstantScoreCases[index];
        EngineTopDocs top = snapshot.Search(query, 10);

        Assert.NotEmpty(top.ScoreDocs);
        Assert.All(top.ScoreDocs, hit => Assert.Equal(score, hit.Score));
    }

    [Fact]
    public void A_boolean_query_of_many_thousand_clauses_does_not_hit_the_clause_limit()
    {
        var builder = new BooleanQueryBuilder();
        for (int i = 0; i < 4 * 1024; i++)
        {
            builder.Add(new TermQuery("body", "ord" + i), Occur.Should);
        }

        builder.Add(new TermQuery("body", "fisk"), Occur.Should);

        Assert.Equal(2, snapshot.Search(builder.Build(), 10).TotalHits);
        Assert.True(Lucene.Net.Search.BooleanQuery.MaxClauseCount >= QueryTranslator.MaxClauseCount);
    }

    [Theory]
    [MemberData(nameof(BadQueries))]
    public void A_query_that_cannot_be_translated_is_an_error_saying_why(int index)
    {
        (Query query, string named) = BadQueryCases[index];
        var error = Assert.Throws<ArgumentException>(() => snapshot.Search(query, 10));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        snapshot.Dispose();
        index.Dispose();
        temp.Dispose();
    }

    private sealed record UnknownQuery : Query;
}
