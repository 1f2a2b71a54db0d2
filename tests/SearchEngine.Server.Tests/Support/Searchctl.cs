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
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AssemblyPath);
        foreach (string arg in TestEngine.WithEngine(args))
        {
            info.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(info) ?? throw new InvalidOperationException("Could not start searchctl.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"searchctl {string.Join(' ', args)} did not finish within 2 minutes.");
        }

        output.GetAwaiter().GetResult();
        return (process.ExitCode, error.GetAwaiter().GetResult());
    }
}
