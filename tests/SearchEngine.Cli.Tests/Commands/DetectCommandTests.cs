using System.Globalization;

namespace SearchEngine.Cli.Tests.Commands;

public sealed class DetectCommandTests
{
    [Theory]
    [InlineData("Regeringen vil ikke sænke skatten i år, siger statsministeren.", "da")]
    [InlineData("De regering wil de belastingen dit jaar niet verlagen, zegt de premier.", "nl")]
    public void PrintsTheLanguageAndAConfidence(string text, string language)
    {
        ProcessResult result = Searchctl.Run(text, "detect");

        Assert.Equal(0, result.ExitCode);
        string[] fields = result.StandardOutput.TrimEnd('\n').Split('\t');
        Assert.Equal(language, fields[0]);
        Assert.InRange(double.Parse(fields[1], CultureInfo.InvariantCulture), 0.9, 1.0);
    }

    [Fact]
    public void JsonPrintsLanguageAndConfidence()
    {
        ProcessResult result = Searchctl.Run("Het kabinet is gevallen.", "detect", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{\"language\":\"nl\",\"confidence\":", result.StandardOutput);
    }

    [Fact]
    public void EmptyInputIsUndecidedButStillAnswers()
    {
        ProcessResult result = Searchctl.Run(string.Empty, "detect");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^(da|nl)\t0\.5000\n$", result.StandardOutput);
    }
}
