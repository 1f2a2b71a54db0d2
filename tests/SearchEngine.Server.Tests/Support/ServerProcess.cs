using System.Diagnostics;

namespace SearchEngine.Server.Tests.Support;

/// <summary>
/// Runs the built server as a child process (<c>dotnet SearchEngine.Server.dll</c> from its own output folder, as
/// an operator starts it), for what only a process shows: its exit code and standard error.
/// </summary>
internal static class ServerProcess
{
    /// <summary>Gets the path of SearchEngine.Server.dll in src/SearchEngine.Server/bin/CONFIGURATION/net10.0.</summary>
    public static string AssemblyPath { get; } = Path.Combine(
        TestData.RepositoryRoot, "src", "SearchEngine.Server", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "SearchEngine.Server.dll");

    /// <summary>
    /// Starts the server on a free loopback port with <paramref name="settings"/> (<c>Key=Value</c>) and waits for it to
    /// exit; returns the exit code and standard error. A server that is still running after <paramref name="timeout"/>
    /// is killed, and that is a <see cref="TimeoutException"/>.
    /// </summary>
    public static async Task<(int ExitCode, string StandardError)> RunToExitAsync(TimeSpan timeout, params string[] settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AssemblyPath);
        info.ArgumentList.Add("--urls=http://127.0.0.1:0");
        foreach (string setting in settings)
        {
            info.ArgumentList.Add("--" + setting);
        }

        using Process process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the server.");
        Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The server was still running after {timeout}; it should have refused to start. Output: {await output}");
        }

        await output;
        return (process.ExitCode, await error);
    }
}
