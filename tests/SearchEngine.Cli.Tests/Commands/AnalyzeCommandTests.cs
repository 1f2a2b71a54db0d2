namespace SearchEngine.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void PrintsTermOffsetsAndPositionPerLine()
    {
        ProcessResult result = Searchctl.Run("Tilbagetrækningen vil være tilendebragt", "analyze", "--lang", "da");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("tilbagetrækning\t0\t17\t0\ntilendebrag\t27\t39\t3\n", result.StandardOutput);
    }

    [Fact]
    public void JsonPrintsOneArrayOfTokens()
    {
        ProcessResult result = Searchctl.Run("fietsen", "analyze", "--lang", "nl", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[{\"term\":\"fiets\",\"start\":0,\"end\":7,\"position\":0,\"type\":\"Word\"}]\n", result.StandardOutput);
    }

    [Fact]
    public void EmptyInputPrintsNothing()
    {
        ProcessResult result = Searchctl.Run(string.Empty, "analyze", "--lang", "nl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze --lang")]
    [InlineData("analyze --lang de")]
    [InlineData("analyze --lang da --bogus")]
    [InlineData("stem")]
    [InlineData("stem --lang xx")]
    [InlineData("nosuchcommand")]
    public void BadCommandLinesExitWithUsageErrorAndOneLineReason(string commandLine)
    {
        ProcessResult result = Searchctl.Run(string.Empty, commandLine.Split(' '));

        Assert.Equal(2, result.ExitCode);
        string[] lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("searchctl: ", lines[0]);
        Assert.StartsWith("Try 'searchctl ", lines[^1]);
        Assert.Equal(string.Empty, result.StandardOutput);
    }
}
