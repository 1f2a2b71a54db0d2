using System.Text.Json;

namespace SearchEngine.Cli.Tests.Indexing;

/// <summary><c>add -</c> and <c>rebuild --source -</c> read JSON Lines articles from standard input, beside files or alone.</summary>
public sealed class StandardInputTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public void RebuildReadsStandardInputBesideAFileAndNamesItInErrors()
    {
        string file = Path.Combine(temp.Path, "file.jsonl");
        File.WriteAllLines(file, [Line("f1", "Fra en fil")]);
        string stdin = string.Join('\n', Line("s1", "Fra standard input"), "{not json", Line("s2", "Også herfra")) + "\n";
        string index = Path.Combine(temp.Path, "index");

        ProcessResult run = Searchctl.Run(stdin, "rebuild", "--index", index, "--source", file, "--source", "-", "--json");

        Assert.True(run.ExitCode == 0, run.StandardError);
        using JsonDocument result = JsonDocument.Parse(run.StandardOutput);
        Assert.Equal(3, result.RootElement.GetProperty("docs").GetInt64());
        Assert.Equal(1, result.RootElement.GetProperty("skipped").GetInt64());
        Assert.Contains("stdin:2", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void AddReadsStandardInputAlone()
    {
        string index = Path.Combine(temp.Path, "index");
        Assert.Equal(0, Searchctl.Run(Line("a", "Første") + "\n", "add", "--index", index, "-").ExitCode);

        ProcessResult run = Searchctl.Run(Line("b", "Anden") + "\n" + Line("a", "Første igen") + "\n", "add", "--index", index, "-", "--json");

        Assert.True(run.ExitCode == 0, run.StandardError);
        using JsonDocument result = JsonDocument.Parse(run.StandardOutput);
        Assert.Equal(2, result.RootElement.GetProperty("docs").GetInt64());
        Assert.Equal(2, result.RootElement.GetProperty("added").GetInt64());
        Assert.True(result.RootElement.TryGetProperty("docsPerSecond", out _));
    }

    [Fact]
    public void StandardInputGivenTwiceIsRefusedBeforeAnythingIsIndexed()
    {
        string index = Path.Combine(temp.Path, "index");

        ProcessResult run = Searchctl.Run(Line("a", "Første") + "\n", "add", "--index", index, "-", "-");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("only once", run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(index));
    }

    public void Dispose() => temp.Dispose();

    private static string Line(string id, string title) =>
        JsonSerializer.Serialize(new { id, lang = "da", date = "2022-01-11", title, body = title + " i dag." });
}
