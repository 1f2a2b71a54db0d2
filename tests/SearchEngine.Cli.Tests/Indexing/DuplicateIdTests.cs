using System.Text.Json;

namespace SearchEngine.Cli.Tests.Indexing;

/// <summary><c>rebuild</c> and <c>add</c> say when one run meets an id twice (the later article replaces the earlier), with the place of each repeat.</summary>
public sealed class DuplicateIdTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Theory]
    [InlineData("rebuild")]
    [InlineData("add")]
    public void RepeatedIdsAcrossSourceFilesAreCountedAndNamedWithFileAndLine(string command)
    {
        string first = Path.Combine(temp.Path, "first.jsonl");
        string second = Path.Combine(temp.Path, "second.jsonl");
        File.WriteAllLines(first, [Line("a", "Første"), Line("b", "Anden"), Line("c", "Tredje")]);
        File.WriteAllLines(second, [Line("d", "Fjerde"), Line("b", "Anden igen"), Line("a", "Første igen")]);
        string index = Path.Combine(temp.Path, "index");

        ProcessResult run = command == "rebuild"
            ? Searchctl.Run(string.Empty, "rebuild", "--index", index, "--source", first, "--source", second, "--json")
            : Searchctl.Run(string.Empty, "add", "--index", index, first, second, "--json");

        Assert.True(run.ExitCode == 0, run.StandardError);
        using JsonDocument result = JsonDocument.Parse(run.StandardOutput);
        Assert.Equal(4, result.RootElement.GetProperty("docs").GetInt64());
        Assert.Equal(2, result.RootElement.GetProperty("duplicates").GetInt64());
        Assert.Equal(
            [$"{second}:2: b", $"{second}:3: a"],
            result.RootElement.GetProperty("firstDuplicates").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("2 articles repeat an id", run.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{second}:2: b", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void ARunWithoutRepeatsReportsNone()
    {
        string source = Path.Combine(temp.Path, "one.jsonl");
        File.WriteAllLines(source, [Line("a", "Første"), Line("b", "Anden")]);

        ProcessResult run = Searchctl.Run(string.Empty, "rebuild", "--index", Path.Combine(temp.Path, "index"), "--source", source, "--json");

        Assert.True(run.ExitCode == 0, run.StandardError);
        using JsonDocument result = JsonDocument.Parse(run.StandardOutput);
        Assert.Equal(0, result.RootElement.GetProperty("duplicates").GetInt64());
        Assert.DoesNotContain("repeat an id", run.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private static string Line(string id, string title) =>
        JsonSerializer.Serialize(new { id, lang = "da", date = "2022-01-11", title, body = title + " i dag." });
}
