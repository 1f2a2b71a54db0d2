using System.Text.Json;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;

namespace SearchEngine.Cli.Tests.Indexing;

/// <summary>
/// <c>add</c> and <c>rebuild</c> wait for the write lock another writer holds (<c>--lock-wait</c>, default 30 s), as a
/// server applying a batch holds it for a moment; with no wait they fail at once naming the lock.
/// </summary>
public sealed class LockWaitTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Theory]
    [InlineData("add")]
    [InlineData("rebuild")]
    public async Task AWriterWaitsForTheLockAnotherWriterReleasesAndThenCommits(string command)
    {
        (string index, string source) = Prepare();
        ProcessResult run;
        using (NewsIndex holder = NewsIndex.Open(index))
        {
            // An uncommitted change holds the folder's write lock until the holder is disposed (and drops it).
            holder.Add(new Article("held", "da", ArticleDate.Parse("2022-01-12"), "Holder", "Regeringen holder låsen.", [], []));
            Task<ProcessResult> waiting = Task.Run(() => Run(command, index, source, "--lock-wait", "60"), TestContext.Current.CancellationToken);
            await Task.Delay(1500, TestContext.Current.CancellationToken);
            holder.Dispose();
            run = await waiting;
        }

        Assert.True(run.ExitCode == 0, run.StandardError);
        using JsonDocument result = JsonDocument.Parse(run.StandardOutput);
        using NewsIndex opened = NewsIndex.Open(index);
        Assert.NotNull(opened.GetArticle("new"));
        Assert.Null(opened.GetArticle("held"));
    }

    [Theory]
    [InlineData("add")]
    [InlineData("rebuild")]
    public void WithoutAWaitAHeldLockFailsAtOnceNamingIt(string command)
    {
        (string index, string source) = Prepare();
        using NewsIndex holder = NewsIndex.Open(index);
        holder.Add(new Article("held", "da", ArticleDate.Parse("2022-01-12"), "Holder", "Regeringen holder låsen.", [], []));

        ProcessResult run = Run(command, index, source, "--lock-wait", "0");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("lock", run.StandardError, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(index, run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void ANegativeWaitIsAUsageError()
    {
        (string index, string source) = Prepare();

        ProcessResult run = Run("add", index, source, "--lock-wait", "-1");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--lock-wait", run.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private static ProcessResult Run(string command, string index, string source, params string[] extra) => command == "rebuild"
        ? Searchctl.Run(string.Empty, ["rebuild", "--index", index, "--source", source, "--json", .. extra])
        : Searchctl.Run(string.Empty, ["add", "--index", index, source, "--json", .. extra]);

    private (string Index, string Source) Prepare()
    {
        string first = Path.Combine(temp.Path, "first.jsonl");
        string source = Path.Combine(temp.Path, "new.jsonl");
        File.WriteAllLines(first, [Line("old")]);
        File.WriteAllLines(source, [Line("old"), Line("new")]);
        string index = Path.Combine(temp.Path, "index");
        ProcessResult built = Searchctl.Run(string.Empty, "rebuild", "--index", index, "--source", first);
        Assert.True(built.ExitCode == 0, built.StandardError);
        return (index, source);
    }

    private static string Line(string id) =>
        JsonSerializer.Serialize(new { id, lang = "da", date = "2022-01-11", title = "Artikel " + id, body = "Regeringen vil sænke skatten, skriver " + id + "." });
}
