using SearchEngine.Core.Documents;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Search;

public sealed class TermRangeQueryTests
{
    private static readonly string[] Months = ["2021-11", "2021-12", "2022-01", "2022-02", "2022-03"];

    [Theory]
    [InlineData("2021-12", "2022-02", true, true, "2021-12 2022-01 2022-02")]
    [InlineData("2021-12", "2022-02", false, true, "2022-01 2022-02")]
    [InlineData("2021-12", "2022-02", true, false, "2021-12 2022-01")]
    [InlineData("2021-12", "2022-02", false, false, "2022-01")]
    [InlineData("2022-01", "2022-01", true, true, "2022-01")]
    [InlineData("2022-01", "2022-01", false, true, "")]
    [InlineData(null, "2021-12", true, true, "2021-11 2021-12")]
    [InlineData(null, "2021-12", false, false, "2021-11")]
    [InlineData("2022-02", null, true, true, "2022-02 2022-03")]
    [InlineData("2022-02", null, false, false, "2022-03")]
    [InlineData(null, null, true, true, "2021-11 2021-12 2022-01 2022-02 2022-03")]
    [InlineData("2021-12-15", "2022-02-01", true, true, "2022-01 2022-02")]
    [InlineData("2022", "2022-01", true, false, "")]
    [InlineData("2022-02", "2021-12", true, true, "")]
    [InlineData("2023", null, true, true, "")]
    [InlineData("", "2021-11", true, true, "2021-11")]
    public void ARangeMatchesTheTermsBetweenItsBounds(string? lower, string? upper, bool includeLower, bool includeUpper, string months)
    {
        var documents = new List<Document>();
        for (int i = 0; i < 100; i++)
        {
            var document = new Document().Add(Field.Keyword("id", $"d{i:D2}", stored: true));
            if (i % 6 != 5)
            {
                document.Add(Field.Keyword("month", Months[i % 6]));
            }

            documents.Add(document);
        }

        using PhraseTestIndex index = PhraseTestIndex.Build("fs", documents, segmentSize: 30);
        string[] wanted = months.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        List<string> expected = [.. Enumerable.Range(0, 100).Where(i => i % 6 != 5 && wanted.Contains(Months[i % 6])).Select(i => $"d{i:D2}")];
        Assert.Equal(expected, index.Ids(new TermRangeQuery("month", lower, upper, includeLower, includeUpper)));
    }

    [Fact]
    public void EveryMatchScoresTheBoost()
    {
        using PhraseTestIndex index = PhraseTestIndex.Build("ram", [PhraseTestIndex.Doc("a", "x y"), PhraseTestIndex.Doc("b", "y y y z")]);

        Assert.Equal([1f, 1f], index.Scores(new TermRangeQuery("body", "x", "z", true, false)).Values);
    }

    [Theory]
    [InlineData("2021-12", "2022-02", true, true, "month:[2021-12 TO 2022-02]")]
    [InlineData("2021-12", "2022-02", false, false, "month:{2021-12 TO 2022-02}")]
    [InlineData(null, "2022-02", false, true, "month:[* TO 2022-02]")]
    [InlineData("2021-12", null, true, false, "month:[2021-12 TO *]")]
    [InlineData("*", "b", true, true, "month:[\\* TO b]")]
    public void ToStringUsesTheClassicSyntax(string? lower, string? upper, bool includeLower, bool includeUpper, string expected)
    {
        Assert.Equal(expected, new TermRangeQuery("month", lower, upper, includeLower, includeUpper).ToString());
    }

    [Fact]
    public void EqualRangesHaveEqualHashesAndOpenBoundsIgnoreTheirFlag()
    {
        var query = new TermRangeQuery("month", "2021-12", null, true, false);

        Assert.Equal(query, new TermRangeQuery("month", "2021-12", null, true, true));
        Assert.Equal(query.GetHashCode(), new TermRangeQuery("month", "2021-12", null, true, true).GetHashCode());
        Assert.NotEqual(query, new TermRangeQuery("month", "2021-12", null, false, false));
        Assert.NotEqual(query, new TermRangeQuery("month", "2021-11", null, true, false));
        Assert.NotEqual(query, new TermRangeQuery("month", "2021-12", "2022", true, false));
        Assert.NotEqual(query, new TermRangeQuery("year", "2021-12", null, true, false));
    }
}
