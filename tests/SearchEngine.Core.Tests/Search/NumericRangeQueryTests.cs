using SearchEngine.Core.Documents;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Search;

public sealed class NumericRangeQueryTests
{
    private static readonly long?[] Dates = [20211231, 20220101, 20220115, 20220131, 20220201, 20220228, null, 20220301, 19991231];

    [Theory]
    [InlineData("ram", 20220101, 20220131, "20220101 20220115 20220131")]
    [InlineData("fs", 20220101, 20220131, "20220101 20220115 20220131")]
    [InlineData("ram", 20220201, 20220231, "20220201 20220228")]
    [InlineData("ram", 20211201, 20211231, "20211231")]
    [InlineData("ram", 20220115, 20220115, "20220115")]
    [InlineData("ram", 20220116, 20220130, "")]
    [InlineData("ram", 20220131, 20220101, "")]
    [InlineData("fs", long.MinValue, 20220101, "19991231 20211231 20220101")]
    [InlineData("ram", 20220228, long.MaxValue, "20220228 20220301")]
    [InlineData("ram", long.MinValue, long.MaxValue, "19991231 20211231 20220101 20220115 20220131 20220201 20220228 20220301")]
    public void ARangeMatchesTheDocumentsWhoseValueIsWithinItsInclusiveBounds(string kind, long lower, long upper, string dates)
    {
        var documents = new List<Document>();
        for (int i = 0; i < 90; i++)
        {
            var document = new Document().Add(Field.Keyword("id", $"d{i:D2}", stored: true));
            if (Dates[i % Dates.Length] is long date)
            {
                document.Add(Field.NumericDocValues("date", date));
            }

            documents.Add(document);
        }

        using PhraseTestIndex index = PhraseTestIndex.Build(kind, documents, segmentSize: 40, "d01");
        string[] wanted = dates.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        List<string> expected = [.. Enumerable.Range(0, 90).Where(i => i != 1 && Dates[i % Dates.Length] is long d && wanted.Contains(d.ToString())).Select(i => $"d{i:D2}")];
        Assert.Equal(expected, index.Ids(new NumericRangeQuery("date", lower, upper)));
    }

    [Fact]
    public void TheScorerAdvancesToTheNextValueInRangeScoresTheBoostAndCostsEveryDocument()
    {
        var documents = new List<Document>();
        long?[] values = [5, null, 7, 12, 6, null, 9];
        for (int i = 0; i < values.Length; i++)
        {
            var document = new Document().Add(Field.Keyword("id", $"d{i}", stored: true));
            if (values[i] is long value)
            {
                document.Add(Field.NumericDocValues("n", value));
            }

            documents.Add(document);
        }

        using PhraseTestIndex index = PhraseTestIndex.Build("ram", documents);
        LeafContext leaf = index.Searcher.Leaves[0];
        Scorer scorer = new NumericRangeQuery("n", 6, 9).CreateWeight(index.Searcher, ScoreMode.Complete, 3f).GetScorer(leaf)!;

        Assert.Equal(7, scorer.Cost);
        Assert.Equal(2, scorer.Advance(1));
        Assert.Equal(3f, scorer.Score());
        Assert.Equal(4, scorer.NextDoc());
        Assert.Equal(6, scorer.Advance(5));
        Assert.Equal(Scorer.NoMoreDocs, scorer.NextDoc());
        Assert.Null(new NumericRangeQuery("missing", 0, 9).CreateWeight(index.Searcher, ScoreMode.Complete, 1f).GetScorer(leaf));
    }

    [Fact]
    public void ToStringEqualsAndHashFollowFieldAndBounds()
    {
        var query = new NumericRangeQuery("date", 20220101, 20220131);

        Assert.Equal("date:[20220101 TO 20220131]", query.ToString());
        Assert.Equal("date:[* TO 20220131]", new NumericRangeQuery("date", long.MinValue, 20220131).ToString());
        Assert.Equal("date:[20220101 TO *]", new NumericRangeQuery("date", 20220101, long.MaxValue).ToString());
        Assert.Equal(query, new NumericRangeQuery("date", 20220101, 20220131));
        Assert.Equal(query.GetHashCode(), new NumericRangeQuery("date", 20220101, 20220131).GetHashCode());
        Assert.NotEqual(query, new NumericRangeQuery("date", 20220101, 20220130));
        Assert.NotEqual(query, new NumericRangeQuery("date", 20220102, 20220131));
        Assert.NotEqual(query, new NumericRangeQuery("published", 20220101, 20220131));
    }
}
