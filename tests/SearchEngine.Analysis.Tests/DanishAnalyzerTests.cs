using System.Collections.Frozen;

namespace SearchEngine.Analysis.Tests;

public sealed class DanishAnalyzerTests
{
    private static readonly DanishAnalyzer Analyzer = new();
    private static readonly FrozenSet<string> Exclusions = new[] { "soldater" }.ToFrozenSet(StringComparer.Ordinal);

    // Expected terms checked against Lucene 8.7's DanishAnalyzer (../shared/peers, Peer analyze da).
    [Theory]
    [InlineData("Tilbagetrækningen vil være tilendebragt inden for ti dage", "tilbagetrækning tilendebrag ind ti dag")]
    [InlineData("Kasakhstans præsident, Kasym-Jomart Tokajev", "kasakhstan præsident kasym jomart tokajev")]
    [InlineData("CSTO-missionen med mere end 2000 soldater", "csto mission mer 2000 soldat")]
    [InlineData("Landet har omkring 16 millioner indbyggere.", "land omkring 16 million indbyg")]
    public void AnalyzesLikeLucenesDanishAnalyzer(string text, string expected)
    {
        Assert.Equal(expected, AnalysisAssert.Terms(Analyzer, text));
    }

    [Fact]
    public void RemovedStopWordsStillCountAsPositions()
    {
        var tokens = AnalysisAssert.Tokens(Analyzer.GetTokenStream("hun og han er i byen"));

        Assert.Equal([("byen", 16, 20, 5)], tokens.Where(t => t.Term.StartsWith('b')).ToList());
        Assert.DoesNotContain(tokens, t => t.Term is "og" or "er" or "i");
    }

    [Fact]
    public void StemExclusionsAreLeftUnstemmed()
    {
        using var analyzer = new DanishAnalyzer(StopWords.Danish, Exclusions);

        Assert.Equal("soldater dag", AnalysisAssert.Terms(analyzer, "Soldater dage"));
    }

    [Fact]
    public void TheStopListIsSnowballsDanishList()
    {
        Assert.Equal(94, StopWords.Danish.Count);
        Assert.Contains("og", (IReadOnlySet<string>)StopWords.Danish);
        Assert.Contains("hvis", (IReadOnlySet<string>)StopWords.Danish);
    }
}
