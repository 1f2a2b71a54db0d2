using System.Diagnostics;
using System.Text;

namespace SearchEngine.Packaging.Tests;

/// <summary>
/// Runs a real child process (dotnet, sh, an installed tool) to its end within a time limit, killing its whole tree
/// when the limit passes. MSBuild node reuse and the compiler server are off, so no build process outlives the command
/// and holds its output open.
/// </summary>
internal static class ChildProcess
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="args"/> in <paramref name="workingDirectory"/> and returns its outcome.</summary>
    /// <exception cref="TimeoutException">The process ran longer than <paramref name="timeout"/>; it was killed.</exception>
    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> args,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["UseSharedCompilation"] = "false";
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        string command = $"{fileName} {string.Join(' ', info.ArgumentList)}";
        using Process process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {command}.");
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
            Task.WaitAll([output, error], TimeSpan.FromSeconds(10));
            throw new TimeoutException(
                $"'{command}' in {workingDirectory} did not finish within {timeout.TotalSeconds:0} s and was killed.\n"
                + $"Output so far:\n{Completed(output)}\n{Completed(error)}");
        }

        // A grandchild that still holds the pipes must not hang the test: take what has arrived after a grace period.
        Task.WaitAll([output, error], TimeSpan.FromSeconds(30));
        return new ProcessResult(command, process.ExitCode, Completed(output), Completed(error));
    }

    private static string Completed(Task<string> reader) => reader.IsCompletedSuccessfully ? reader.Result : "(output not complete)";
}
