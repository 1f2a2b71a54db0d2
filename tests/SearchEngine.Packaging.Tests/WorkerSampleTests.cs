using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace SearchEngine.Packaging.Tests;

/// <summary>
/// samples/FolderIndexer, a worker service built outside the repository on the packed NyhedZoek.Hosting and the native
/// engine package, indexes the articles of a folder, then each file added or changed, and stops cleanly on SIGTERM.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class WorkerSampleTests(PackedArtifacts packed)
{
    private static readonly TimeSpan StepLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public void TheWorkerIndexesNewAndChangedFilesAndStopsOnSigterm()
    {
        string app = packed.BuildSampleProject("FolderIndexer");
        string folder = packed.NewFolder("worker-articles");
        string index = Path.Combine(packed.NewFolder("worker-run"), "index");
        File.WriteAllLines(Path.Combine(folder, "first.jsonl"), [Line("a1", "Renten falder"), Line("a2", "Renten stiger")]);

        var lines = new BlockingCollection<string>();
        using var worker = new Process
        {
            StartInfo = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { app, folder, index },
                WorkingDirectory = Path.GetDirectoryName(app)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                Environment = { ["DOTNET_ENVIRONMENT"] = "Production", ["Logging__Console__FormatterName"] = "simple" },
            },
        };
        worker.OutputDataReceived += (_, e) => { if (e.Data is not null) { lines.Add(e.Data); } };
        worker.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lines.Add("stderr: " + e.Data); } };
        Assert.True(worker.Start());
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        try
        {
            WaitFor(lines, "Indexed 2 articles from first.jsonl", "2 articles in the index");

            // A changed file is indexed again (a1 replaced by id, a3 added); a new one is indexed too.
            File.WriteAllLines(Path.Combine(folder, "first.jsonl"), [Line("a1", "Renten falder igen"), Line("a2", "Renten stiger"), Line("a3", "Kronen styrkes")]);
            File.SetLastWriteTimeUtc(Path.Combine(folder, "first.jsonl"), DateTime.UtcNow.AddSeconds(5));
            WaitFor(lines, "Indexed 3 articles from first.jsonl", "3 articles in the index");
            File.WriteAllLines(Path.Combine(folder, "second.jsonl"), [Line("b1", "Boligpriserne stiger"), "{not json"]);
            WaitFor(lines, "Indexed 1 articles from second.jsonl", "4 articles in the index");

            using (Process kill = Process.Start("kill", ["-TERM", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }

            Assert.True(worker.WaitForExit(StepLimit), "the worker did not stop within a minute of SIGTERM");
            Assert.Equal(0, worker.ExitCode);
            Assert.Equal("native\n", File.ReadAllText(Path.Combine(index, "engine")));
        }
        finally
        {
            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Reads the worker's output until one line has every part of <paramref name="expected"/>, within <see cref="StepLimit"/>.</summary>
    private static void WaitFor(BlockingCollection<string> lines, params string[] expected)
    {
        var clock = Stopwatch.StartNew();
        var seen = new List<string>();
        while (clock.Elapsed < StepLimit)
        {
            if (lines.TryTake(out string? line, TimeSpan.FromMilliseconds(200)))
            {
                seen.Add(line);
                if (expected.All(part => line.Contains(part, StringComparison.Ordinal)))
                {
                    return;
                }
            }
        }

        Assert.Fail($"the worker never logged '{string.Join(" ... ", expected)}' within {StepLimit.TotalSeconds:0} s; it logged:\n{string.Join('\n', seen)}");
    }

    private static string Line(string id, string title) =>
        JsonSerializer.Serialize(new { id, lang = "da", date = "2024-01-05", title, body = title + " ifølge Nationalbanken." });
}
