namespace SearchEngine.Cli.Tests.LuceneParity;

/// <summary>
/// Runs Apache Lucene 8's analyzers through the shared peer harness (../shared/peers/lucene), building it first.
/// </summary>
internal static class LucenePeer
{
    private static readonly Lazy<string?> ClassPath = new(BuildClassPath);

    /// <summary>Returns Lucene's tokens for <paramref name="text"/> as lines of term, start, end and position.</summary>
    public static string Analyze(string language, string text)
    {
        string classPath = RequireClassPath();
        ProcessResult result = ProcessResult.Run("java", ["-cp", classPath, "Peer", "analyze", language], text);
        Assert.True(result.ExitCode == 0, $"Lucene peer failed: {result.StandardError}");
        return result.StandardOutput;
    }

    /// <summary>Returns the peer's class path, or skips the test naming what is missing (../shared, java, javac, Lucene jars).</summary>
    public static string RequireClassPath()
    {
        string buildScript = TestData.RequireShared(Path.Combine("peers", "lucene", "build.sh"));
        if (!OnPath("java") || !OnPath("javac"))
        {
            Assert.Skip("java/javac are not installed (apt-get install openjdk-17-jdk-headless liblucene8-java); the Lucene comparison cannot run.");
        }

        if (!Directory.Exists("/usr/share/java") || !Directory.EnumerateFiles("/usr/share/java", "lucene-core-8*.jar").Any())
        {
            Assert.Skip("Lucene 8 jars are missing from /usr/share/java (apt-get install liblucene8-java).");
        }

        return ClassPath.Value ?? throw new InvalidOperationException($"{buildScript} did not build the Lucene peer.");
    }

    private static string? BuildClassPath()
    {
        string buildScript = Path.Combine(TestData.SharedDirectory!, "peers", "lucene", "build.sh");
        ProcessResult build = ProcessResult.Run("sh", [buildScript], string.Empty);
        Assert.True(build.ExitCode == 0, $"{buildScript} failed: {build.StandardError}{build.StandardOutput}");
        ProcessResult classPath = ProcessResult.Run("sh", [buildScript, "--cp"], string.Empty);
        return classPath.ExitCode == 0 ? classPath.StandardOutput.Trim() : null;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
