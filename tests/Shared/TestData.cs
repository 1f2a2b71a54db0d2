namespace SearchEngine.Tests;

/// <summary>Locates the data tests read: the shared folder beside the repository and Debian's snowball-data.</summary>
internal static class TestData
{
    /// <summary>Gets the repository root (the folder holding SearchEngine.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Gets ../shared beside the repository, or null where it is absent (a fresh clone).</summary>
    public static string? SharedDirectory { get; } = FindShared();

    /// <summary>Returns the path of a file under ../shared, or skips the test naming what is missing.</summary>
    public static string RequireShared(string relativePath)
    {
        if (SharedDirectory is null)
        {
            Assert.Skip($"../shared is absent beside {RepositoryRoot}; this test needs shared/{relativePath}.");
        }

        string path = Path.Combine(SharedDirectory, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"{path} is missing.");
        }

        return path;
    }

    /// <summary>
    /// Returns the folder holding voc.txt and output.txt of a Snowball stemmer ("danish" or "dutch"): the shared
    /// oracle, else Debian's snowball-data package; skips the test naming both places when neither exists.
    /// </summary>
    public static string RequireSnowballVocabulary(string language)
    {
        string[] candidates =
        [
            SharedDirectory is null ? string.Empty : Path.Combine(SharedDirectory, "oracles", "snowball", language),
            Path.Combine("/usr/share/snowball/data", language),
        ];
        foreach (string candidate in candidates)
        {
            if (candidate.Length > 0 && File.Exists(Path.Combine(candidate, "voc.txt")) && File.Exists(Path.Combine(candidate, "output.txt")))
            {
                return candidate;
            }
        }

        Assert.Skip($"No Snowball {language} vocabulary: neither ../shared/oracles/snowball/{language} nor /usr/share/snowball/data/{language} (apt-get install snowball-data) exists.");
        return string.Empty;
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SearchEngine.sln above {AppContext.BaseDirectory}.");
    }

    private static string? FindShared()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("SEARCHENGINE_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        string beside = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(beside) ? beside : null;
    }
}
