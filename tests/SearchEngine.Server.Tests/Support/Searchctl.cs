using System.Diagnostics;

namespace SearchEngine.Server.Tests.Support;

/// <summary>
/// Runs the built <c>searchctl</c> as a child process, from its own output folder (built by the project reference):
/// beside these tests it would miss the assemblies that the ASP.NET Core framework supplies to the server but a
/// console tool must carry itself (Lucene.Net's configuration dependency).
/// </summary>
internal static class Searchctl
{
    /// <summary>Gets the path of searchctl.dll in tools/SearchEngine.Cli/bin/CONFIGURATION/net10.0.</summary>
    public static string AssemblyPath { get; } = Path.Combine(
        TestData.RepositoryRoot, "tools", "SearchEngine.Cli", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "searchctl.dll");

    /// <summary>Runs <c>dotnet searchctl.dll ARGS</c> to its end; returns the exit code and standard error.</summary>
    public static (int ExitCode, string StandardError) Run(params string[] args)
    {
        (int exitCode, _, string error) = Run(null, args);
        return (exitCode, error);
    }

    /// <summary>Runs <c>dotnet searchctl.dll ARGS</c> with <paramref name="input"/> on standard input; returns the exit code, standard output and standard error.</summary>
    public static (int ExitCode, string StandardOutput, string StandardError) RunWithInput(string input, params string[] args) => Run(input, args);

    private static (int ExitCode, string StandardOutput, string StandardError) Run(string? input, string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = input is null ? null : new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        info.ArgumentList.Add(AssemblyPath);
        foreach (string arg in TestEngine.WithEngine(args))
        {
            info.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(info) ?? throw new InvalidOperationException("Could not start searchctl.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"searchctl {string.Join(' ', args)} did not finish within 2 minutes.");
        }

        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
