using System.Globalization;

namespace SearchEngine.Cli.Tests.LuceneParity;

/// <summary>
/// <c>searchctl analyze</c> against Lucene 8.7's DanishAnalyzer and DutchAnalyzer over every shared article:
/// the acceptance bar is 99.9% of tokens equal in term, offsets and position. The full list of differences is
/// written to analyze-parity-LANG.txt in the test output folder.
/// </summary>
public sealed class AnalyzeParityTests
{
    [Theory]
    [InlineData("da")]
    [InlineData("nl")]
    public void SearchctlAnalyzeMatchesLuceneOnAtLeast999PerMilleOfCorpusTokens(string language)
    {
        LucenePeer.RequireClassPath();
        var comparison = new TokenComparison(ParityArticles.Load(language));

        ProcessResult ours = Searchctl.Run(comparison.Text, "analyze", "--lang", language);
        Assert.True(ours.ExitCode == 0, ours.StandardError);
        comparison.Compare(LucenePeer.Analyze(language, comparison.Text), ours.StandardOutput);

        double recall = (double)comparison.MatchedTokens / comparison.ExpectedTokens;
        double precision = (double)comparison.MatchedTokens / comparison.ActualTokens;
        string summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{language}: Lucene {comparison.ExpectedTokens} tokens, ours {comparison.ActualTokens}, equal {comparison.MatchedTokens} ({recall:P4} of Lucene's, {precision:P4} of ours)");
        string report = Path.Combine(AppContext.BaseDirectory, $"analyze-parity-{language}.txt");
        File.WriteAllLines(report, [summary, .. comparison.Differences]);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        foreach (string difference in comparison.Differences.Take(40))
        {
            TestContext.Current.TestOutputHelper?.WriteLine(difference);
        }

        Assert.True(comparison.ExpectedTokens > 100_000, $"Too few tokens compared: {summary}");
        Assert.True(recall >= 0.999 && precision >= 0.999, $"{summary}; differences in {report}");
    }
}
