using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SearchEngine.News.Indexing;

namespace SearchEngine.Cli.Tests.Indexing;

/// <summary>
/// Crash safety: a <c>searchctl add</c> killed with SIGKILL at random moments never leaves an index that fails
/// to open or verify, and never loses a document of a commit that finished.
/// </summary>
public sealed partial class KilledAddTests : IDisposable
{
    private const int CommitEvery = 250;
    private const int LargeCount = 6_000;
    private readonly TempDirectory temp = new();

    [Fact]
    public void AddKilledAtRandomMomentsKeepsEveryFinishedCommit()
    {
        string initial = Path.Combine(temp.Path, "initial.jsonl");
        string large = Path.Combine(temp.Path, "large.jsonl");
        SyntheticArticles.Write(initial, "init", 100, seed: 1);
        SyntheticArticles.Write(large, "big", LargeCount, seed: 2);
        string[] largeIds = [.. SyntheticArticles.Ids("big", LargeCount)];
        var random = new Random(20261121);
        var outcomes = new List<string>();

        // Calibrate: kill moments are spread over the time a whole run takes on this machine.
        var stopwatch = Stopwatch.StartNew();
        (_, bool completed) = RunAndKill(Path.Combine(temp.Path, "calibration"), large, int.MaxValue);
        int fullRunMs = (int)stopwatch.ElapsedMilliseconds;
        Assert.True(completed);

        int kills = 0;
        for (int round = 0; kills < 20 && round < 80; round++)
        {
            string index = Path.Combine(temp.Path, "index-" + round.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(0, Searchctl.Run(string.Empty, "rebuild", "--index", index, "--source", initial).ExitCode);

            int killAfterMs = random.Next(fullRunMs / 20, fullRunMs * 9 / 10);
            var run = Stopwatch.StartNew();
            (List<long> committed, bool finished) = RunAndKill(index, large, killAfterMs);

            // A machine that got faster (a warm disk cache, other work finished) shortens the kill window.
            fullRunMs = finished ? Math.Min(fullRunMs, (int)run.ElapsedMilliseconds) : fullRunMs;

            // The index opens and verifies whatever moment the process died at.
            ProcessResult verify = Searchctl.Run(string.Empty, "verify", "--index", index, "--json");
            Assert.True(verify.ExitCode == 0, $"round {round}: verify failed after a kill at {killAfterMs} ms: {verify.StandardError}{verify.StandardOutput}");
            using NewsIndex opened = NewsIndex.Open(index);
            long docs = opened.GetStats().Docs;
            using JsonDocument verified = JsonDocument.Parse(verify.StandardOutput);
            Assert.Equal(docs, verified.RootElement.GetProperty("docs").GetInt64());

            // The count is that of some commit: the initial one, an intermediate one, or the final one.
            long added = docs - 100;
            Assert.True(added % CommitEvery == 0 || added == LargeCount, $"round {round}: {docs} documents is no commit's count");
            long lastReported = committed.Count == 0 ? 100 : committed[^1];
            Assert.True(docs >= lastReported, $"round {round}: {docs} documents, but a commit of {lastReported} had finished");

            // One thread indexes in input order, so the surviving documents are exactly the first ones (and, as
            // many as the count, each once).
            Assert.True(SyntheticArticles.Ids("init", 100).All(id => opened.GetArticle(id) is not null), $"round {round}: an initial document was lost");
            Assert.True(largeIds.Take((int)added).All(id => opened.GetArticle(id) is not null), $"round {round}: a document of a finished commit was lost");
            outcomes.Add(finished ? "finished before the kill" : $"killed at {killAfterMs} ms with {docs} docs");
            kills += finished ? 0 : 1;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"a full run takes {fullRunMs} ms\n" + string.Join('\n', outcomes));
        Assert.True(kills >= 20, $"only {kills} runs were killed mid-way: " + string.Join("; ", outcomes));
    }

    public void Dispose() => temp.Dispose();

    private static (List<long> Committed, bool Finished) RunAndKill(string index, string input, int killAfterMs)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { Searchctl.AssemblyPath, "add", "--index", index, "--threads", "1", "--commit-every", CommitEvery.ToString(CultureInfo.InvariantCulture), "--ram-buffer-mb", "4", input })
        {
            info.ArgumentList.Add(arg);
        }

        var committed = new List<long>();
        using Process process = Process.Start(info)!;
        process.ErrorDataReceived += (_, e) =>
        {
            Match match = e.Data is null ? Match.Empty : CommittedLine().Match(e.Data);
            if (match.Success)
            {
                lock (committed)
                {
                    committed.Add(long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        bool finished = process.WaitForExit(killAfterMs);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        lock (committed)
        {
            return ([.. committed], finished);
        }
    }

    [GeneratedRegex(@"committed generation \d+ with (\d+) documents")]
    private static partial Regex CommittedLine();
}
