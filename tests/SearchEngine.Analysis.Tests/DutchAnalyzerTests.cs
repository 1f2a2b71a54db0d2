using System.Collections.Frozen;

namespace SearchEngine.Analysis.Tests;

public sealed class DutchAnalyzerTests
{
    private static readonly DutchAnalyzer Analyzer = new();

    // Expected terms checked against Lucene 8.7's DutchAnalyzer (../shared/peers, Peer analyze nl).
    [Theory]
    [InlineData("De terugtrekking van de troepen begint binnen twee dagen", "terugtrek troep begint binn twee dag")]
    [InlineData("President Kassym-Jomart Tokajev van Kazachstan", "president kassym jomart tokajev kazachstan")]
    [InlineData("fiets fietsen bromfiets ei eieren kind kinderen", "fiets fiets bromfiets eier eier kinder kinder")]
    [InlineData("lichamelijke opheffen", "licham opheff")]
    public void AnalyzesLikeLucenesDutchAnalyzer(string text, string expected)
    {
        Assert.Equal(expected, AnalysisAssert.Terms(Analyzer, text));
    }

    [Fact]
    public void StemOverridesWinOverTheStemmer()
    {
        using var analyzer = new DutchAnalyzer(
            StopWords.Dutch,
            FrozenSet<string>.Empty,
            new Dictionary<string, string> { ["huizen"] = "huis" }.ToFrozenDictionary(StringComparer.Ordinal));

        Assert.Equal("huis fiet", AnalysisAssert.Terms(analyzer, "huizen fiets"));
    }

    [Fact]
    public void TheStopListIsSnowballsDutchList()
    {
        Assert.Equal(101, StopWords.Dutch.Count);
        Assert.Contains("het", (IReadOnlySet<string>)StopWords.Dutch);
    }
}
