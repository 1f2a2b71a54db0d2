using System.Diagnostics;
using System.Text;

namespace SearchEngine.Cli.Tests;

/// <summary>Runs the built <c>searchctl</c> as a real child process, feeding standard input and capturing both outputs.</summary>
internal static class Searchctl
{
    /// <summary>Gets the path of searchctl.dll, copied beside the tests by the project reference.</summary>
    public static string AssemblyPath { get; } = Path.Combine(AppContext.BaseDirectory, "searchctl.dll");

    /// <summary>Runs <c>dotnet searchctl.dll ARGS</c> with <paramref name="stdin"/> and waits for it to exit.</summary>
    public static ProcessResult Run(string stdin, params string[] args) =>
        ProcessResult.Run("dotnet", [AssemblyPath, .. TestEngine.WithEngine(args)], stdin);
}

/// <summary>The outcome of a finished child process.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="StandardOutput">Everything written to standard output, decoded as UTF-8.</param>
/// <param name="StandardError">Everything written to standard error, decoded as UTF-8.</param>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Starts <paramref name="fileName"/>, writes <paramref name="stdin"/> as UTF-8, and collects its output.</summary>
    public static ProcessResult Run(string fileName, IEnumerable<string> args, string stdin)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish within 5 minutes.");
        }

        return new ProcessResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
