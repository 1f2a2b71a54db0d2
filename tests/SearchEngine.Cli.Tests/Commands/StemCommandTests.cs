namespace SearchEngine.Cli.Tests.Commands;

public sealed class StemCommandTests
{
    [Theory]
    [InlineData("danish", "da", 23_830)]
    [InlineData("dutch", "nl", 45_669)]
    public void EveryVocabularyWordStemsToTheOracleThroughSearchctl(string vocabulary, string language, int words)
    {
        string directory = TestData.RequireSnowballVocabulary(vocabulary);
        string input = File.ReadAllText(Path.Combine(directory, "voc.txt"));
        string[] expected = File.ReadAllLines(Path.Combine(directory, "output.txt"));

        ProcessResult result = Searchctl.Run(input, "stem", "--lang", language);

        Assert.Equal(0, result.ExitCode);
        string[] actual = result.StandardOutput.Split('\n')[..^1];
        Assert.Equal(words, expected.Length);
        Assert.Equal(expected.Length, actual.Length);
        var mismatches = Enumerable.Range(0, expected.Length).Where(i => actual[i] != expected[i]).Take(20)
            .Select(i => $"line {i + 1}: {actual[i]} (expected {expected[i]})").ToList();
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public void StemsAreNotLowerCasedAndEmptyLinesStayEmpty()
    {
        ProcessResult result = Searchctl.Run("hestene\n\nfietsen\r\n", "stem", "--lang", "da");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("hest\n\nfiets\n", result.StandardOutput);
    }
}
