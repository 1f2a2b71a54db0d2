using System.Text.Json;
using SearchEngine.News.Engines;

namespace SearchEngine.Cli.Tests.Indexing;

/// <summary><c>rebuild --engine</c>: each engine builds an index that records its engine, and no other engine opens it.</summary>
public sealed class EngineSelectionTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public static TheoryData<string> Engines => [.. NewsEngines.Names];

    [Theory]
    [MemberData(nameof(Engines))]
    public void RebuildWithAnEngineRecordsItAndStatsAndVerifyReportIt(string engine)
    {
        string index = Path.Combine(temp.Path, engine);
        string source = Path.Combine(temp.Path, "articles.jsonl");
        SyntheticArticles.Write(source, "e", 40, seed: 5);

        ProcessResult rebuilt = Searchctl.Run(string.Empty, "rebuild", "--index", index, "--source", source, "--engine", engine, "--json");
        Assert.True(rebuilt.ExitCode == 0, rebuilt.StandardError);
        Assert.Equal(engine, File.ReadAllText(Path.Combine(index, NewsEngines.MarkerFile)).Trim());

        JsonElement stats = JsonDocument.Parse(Searchctl.Run(string.Empty, "stats", "--index", index, "--json").StandardOutput).RootElement;
        Assert.Equal(engine, stats.GetProperty("engine").GetString());
        Assert.Equal(40, stats.GetProperty("docs").GetInt64());
        JsonElement verify = JsonDocument.Parse(Searchctl.Run(string.Empty, "verify", "--index", index, "--json").StandardOutput).RootElement;
        Assert.True(verify.GetProperty("ok").GetBoolean());
        Assert.Equal(engine, verify.GetProperty("engine").GetString());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void RebuildingAsTheOtherEngineIsAnErrorNamingBoth(string engine)
    {
        string index = Path.Combine(temp.Path, engine);
        string source = Path.Combine(temp.Path, "articles.jsonl");
        SyntheticArticles.Write(source, "e", 5, seed: 6);
        string other = NewsEngines.Names.First(n => n != engine);
        Assert.Equal(0, Searchctl.Run(string.Empty, "rebuild", "--index", index, "--source", source, "--engine", engine).ExitCode);

        ProcessResult refused = Searchctl.Run(string.Empty, "rebuild", "--index", index, "--source", source, "--engine", other);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains(engine, refused.StandardError, StringComparison.Ordinal);
        Assert.Contains(other, refused.StandardError, StringComparison.Ordinal);
        Assert.Equal(engine, File.ReadAllText(Path.Combine(index, NewsEngines.MarkerFile)).Trim());
    }

    public void Dispose() => temp.Dispose();
}
