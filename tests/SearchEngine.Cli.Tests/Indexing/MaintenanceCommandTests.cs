using System.Text.Json;
using SearchEngine.News.Indexing;

namespace SearchEngine.Cli.Tests.Indexing;

/// <summary>rebuild, add, delete, stats and verify as a person runs them, on real files.</summary>
public sealed class MaintenanceCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public void DeletesAndUpdatesHoldAcrossMergesAndStatsAgreesWithVerify()
    {
        string index = Path.Combine(temp.Path, "index");
        string first = Path.Combine(temp.Path, "first.jsonl");
        string updates = Path.Combine(temp.Path, "updates.jsonl");
        SyntheticArticles.Write(first, "a", 3_000, seed: 7);
        SyntheticArticles.Write(updates, "a", 500, seed: 8, bodyWords: 20);

        // A small buffer makes many segments, which the background merges combine.
        JsonElement rebuilt = Json(Searchctl.Run(string.Empty, "rebuild", "--index", index, "--source", first, "--ram-buffer-mb", "1", "--json"));
        Assert.Equal(3_000, rebuilt.GetProperty("docs").GetInt64());
        Assert.Equal(0, rebuilt.GetProperty("skipped").GetInt64());
        Assert.True(rebuilt.GetProperty("bytes").GetInt64() > 0);

        Assert.Equal(0, Searchctl.Run(string.Empty, "delete", "--index", index, "a-0", "a-1", "a-2999", "no-such-id").ExitCode);
        JsonElement added = Json(Searchctl.Run(string.Empty, "add", "--index", index, updates, "--ram-buffer-mb", "1", "--json"));
        Assert.Equal(2_999, added.GetProperty("docs").GetInt64());

        JsonElement stats = Json(Searchctl.Run(string.Empty, "stats", "--index", index, "--json"));
        JsonElement verify = Json(Searchctl.Run(string.Empty, "verify", "--index", index, "--json"));
        Assert.True(verify.GetProperty("ok").GetBoolean());
        Assert.Equal(2_999, stats.GetProperty("docs").GetInt64());
        Assert.Equal(stats.GetProperty("docs").GetInt64(), verify.GetProperty("docs").GetInt64());
        Assert.Equal(stats.GetProperty("bytes").GetInt64(), verify.GetProperty("bytes").GetInt64());
        long languages = stats.GetProperty("languages").EnumerateObject().Sum(p => p.Value.GetInt64());
        Assert.Equal(2_999, languages);
    }

    [Fact]
    public void MalformedRecordsAreSkippedWithFileAndLineOrFatalWhenStrict()
    {
        string index = Path.Combine(temp.Path, "index");
        string input = Path.Combine(temp.Path, "mixed.jsonl");
        File.WriteAllLines(input,
        [
            "{\"id\":\"ok-1\",\"lang\":\"da\",\"date\":\"2022-01\",\"title\":\"Titel\",\"body\":\"Regeringen vil noget.\"}",
            "{\"id\":\"bad-json\",",
            "{\"id\":\"bad-date\",\"lang\":\"da\",\"date\":\"2022-13\",\"title\":\"T\",\"body\":\"Tekst\"}",
            "{\"id\":\"ok-2\",\"lang\":\"nl\",\"date\":null,\"title\":\"Titel\",\"body\":\"De regering wil iets.\"}",
        ]);

        ProcessResult lenient = Searchctl.Run(string.Empty, "rebuild", "--index", index, "--source", input, "--json");
        Assert.Equal(0, lenient.ExitCode);
        Assert.Equal(2, Json(lenient).GetProperty("docs").GetInt64());
        Assert.Equal(2, Json(lenient).GetProperty("skipped").GetInt64());
        Assert.Contains("mixed.jsonl:2:", lenient.StandardError);
        Assert.Contains("mixed.jsonl:3:", lenient.StandardError);

        ProcessResult strict = Searchctl.Run(string.Empty, "rebuild", "--index", Path.Combine(temp.Path, "strict"), "--source", input, "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("mixed.jsonl:2:", strict.StandardError);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("verify")]
    [InlineData("delete x")]
    public void CommandsOnAMissingIndexSayThereIsNone(string command)
    {
        string[] args = [.. command.Split(' '), "--index", Path.Combine(temp.Path, "nothing-here")];

        ProcessResult result = Searchctl.Run(string.Empty, args);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("searchctl: No index at ", result.StandardError);
        Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ASecondWriterProcessIsRefusedNamingTheHolder()
    {
        string index = Path.Combine(temp.Path, "index");
        string input = Path.Combine(temp.Path, "a.jsonl");
        SyntheticArticles.Write(input, "a", 10, seed: 1);
        Assert.Equal(0, Searchctl.Run(string.Empty, "rebuild", "--index", index, "--source", input).ExitCode);

        using NewsIndex held = NewsIndex.Open(index);
        held.Delete("a-0");     // the first change takes the folder's write lock, held until disposal
        ProcessResult second = Searchctl.Run(string.Empty, "add", "--index", index, input);

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("lock", second.StandardError);
        Assert.Contains($"pid {Environment.ProcessId}", second.StandardError);
    }

    public void Dispose() => temp.Dispose();

    private static JsonElement Json(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, result.StandardError);
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }
}
