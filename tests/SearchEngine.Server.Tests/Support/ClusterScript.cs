using System.Diagnostics;

namespace SearchEngine.Server.Tests.Support;

/// <summary>
/// A whole cluster on loopback, started by <c>scripts/cluster.sh up</c> as an operator starts it (three nats-server
/// nodes, an indexer, two search nodes and nginx, each a real process) and stopped by <c>down</c> when disposed, even
/// after a failed test; processes can be killed and started again by name.
/// </summary>
internal sealed class ClusterScript : IAsyncDisposable
{
    private static readonly string Script = Path.Combine(TestData.RepositoryRoot, "scripts", "cluster.sh");

    /// <summary>What cluster.sh runs: NATS, nginx, and curl for its readiness probes.</summary>
    private static readonly string[] Programs = ["nats-server", "nginx", "curl"];

    private ClusterScript(string folder, IReadOnlyDictionary<string, string> settings)
    {
        Folder = folder;
        Settings = settings;
    }

    /// <summary>Gets why the cluster cannot run here, or null when it can.</summary>
    public static string? Missing { get; } = FindMissing();

    /// <summary>Gets the run folder (pids, logs, each node's index).</summary>
    public string Folder { get; }

    /// <summary>Gets DIR/cluster.env: NGINX_URL, API_KEY, NATS_URLS, INDEXER_URL, SEARCH_1_URL, SEARCH_2_URL.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>Gets nginx's address, through which clients read and write.</summary>
    public Uri Nginx => new(Settings["NGINX_URL"]);

    /// <summary>Gets the addresses of the two search nodes, for asking each one directly.</summary>
    public IReadOnlyList<Uri> SearchNodes => [new(Settings["SEARCH_1_URL"]), new(Settings["SEARCH_2_URL"])];

    /// <summary>Starts a cluster in a new temporary folder on ports from a random base, with the tests' built server; skips when nats-server or nginx is missing.</summary>
    public static async Task<ClusterScript> UpAsync()
    {
        if (Missing is string missing)
        {
            Assert.Skip(missing);
        }

        // Bases below Linux's ephemeral ports (32768 and up), which outgoing connections and port-0 listeners take;
        // a port of the range taken all the same (another test's listener) makes the script fail, and a new base is tried.
        string folder = string.Empty;
        for (int attempt = 1; ; attempt++)
        {
            folder = Path.Combine(Path.GetTempPath(), "se-cluster-" + Guid.NewGuid().ToString("N")[..12]);
            int basePort = 10_000 + (Random.Shared.Next(0, 440) * 50);
            (int code, string output) = await RunScriptAsync(TimeSpan.FromMinutes(4), "up", folder, basePort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (code == 0)
            {
                break;
            }

            string logs = ReadLogs(folder);
            await RunScriptAsync(TimeSpan.FromMinutes(1), "down", folder);
            if (attempt < 3 && logs.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            throw new InvalidOperationException($"cluster.sh up exited with {code}: {output}\n{logs}");
        }

        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in await File.ReadAllLinesAsync(Path.Combine(folder, "cluster.env")))
        {
            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                settings[line[..equals]] = line[(equals + 1)..];
            }
        }

        return new ClusterScript(folder, settings);
    }

    /// <summary>Sends SIGKILL to the process <paramref name="name"/> (nats-1, indexer, search-2, ...) and waits until it is gone.</summary>
    public Task KillAsync(string name) => SignalAsync(name, "KILL");

    /// <summary>Sends SIGTERM to the process <paramref name="name"/> and waits until it has stopped.</summary>
    public Task StopAsync(string name) => SignalAsync(name, "TERM");

    /// <summary>Starts the process <paramref name="name"/> again with its first command line (<c>cluster.sh start</c>).</summary>
    public async Task StartAsync(string name)
    {
        (int code, string output) = await RunScriptAsync(TimeSpan.FromSeconds(30), "start", Folder, name);
        Assert.True(code == 0, $"cluster.sh start {name}: {output}");
    }

    /// <summary>Returns the logs of every process, for a failure message.</summary>
    public string Logs() => ReadLogs(Folder);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await RunScriptAsync(TimeSpan.FromMinutes(1), "down", Folder);

        // Whatever down could not stop (a pid file it never saw) is killed here: no test leaves a process behind.
        string pids = Path.Combine(Folder, "pids");
        if (Directory.Exists(pids))
        {
            foreach (string file in Directory.GetFiles(pids, "*.pid"))
            {
                if (int.TryParse(await File.ReadAllTextAsync(file), out int pid))
                {
                    try
                    {
                        using var process = Process.GetProcessById(pid);
                        process.Kill(entireProcessTree: true);
                    }
                    catch (ArgumentException)
                    {
                        // Already gone.
                    }
                }
            }
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A process still writing its log as it dies; the folder is in the temp directory.
        }
    }

    private async Task SignalAsync(string name, string signal)
    {
        int pid = int.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "pids", name + ".pid")), System.Globalization.CultureInfo.InvariantCulture);
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
        for (int i = 0; i < 300 && File.Exists($"/proc/{pid}") && !IsZombie(pid); i++)
        {
            await Task.Delay(100);
        }

        Assert.False(File.Exists($"/proc/{pid}") && !IsZombie(pid), $"{name} (pid {pid}) did not stop on SIG{signal} within 30 s");
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static async Task<(int Code, string Output)> RunScriptAsync(TimeSpan timeout, params string[] arguments)
    {
        var info = new ProcessStartInfo("sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Script);
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["SEARCHENGINE_SERVER_DLL"] = ServerProcess.AssemblyPath;
        if (TestEngine.Name is string engine)
        {
            // The nodes read their settings from the environment too: the whole cluster runs on the engine under test.
            info.Environment["Search__Engine"] = engine;
        }

        using Process process = Process.Start(info) ?? throw new InvalidOperationException("Could not start cluster.sh.");

        // The script's children (nohup'd nodes) inherit no pipe of ours: their output goes to the run folder's logs.
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"cluster.sh {string.Join(' ', arguments)} still ran after {timeout}");
        }

        return (process.ExitCode, (await output) + (await error));
    }

    private static string ReadLogs(string folder)
    {
        string logs = Path.Combine(folder, "logs");
        if (!Directory.Exists(logs))
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        foreach (string file in Directory.GetFiles(logs).Order(StringComparer.Ordinal))
        {
            string content = File.ReadAllText(file);
            text.Append("--- ").Append(Path.GetFileName(file)).Append('\n').Append(content.Length > 4000 ? content[^4000..] : content).Append('\n');
        }

        return text.ToString();
    }

    private static string? FindMissing()
    {
        string[] missing = [.. Programs.Where(program => InstalledProgram.Find(program) is null)];
        return missing.Length == 0 ? null : $"The cluster tests need {string.Join(", ", missing)}; install Debian's packages (scripts/test.sh does).";
    }
}
