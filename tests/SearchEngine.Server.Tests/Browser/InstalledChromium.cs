namespace SearchEngine.Server.Tests.Browser;

/// <summary>
/// The chromium the system package manager installed (Debian's <c>chromium</c>, installed by scripts/test.sh): the browser
/// tests drive it through Playwright's <c>ExecutablePath</c> and never download a browser of their own.
/// </summary>
internal static class InstalledChromium
{
    /// <summary>The environment variable that names another chromium executable.</summary>
    public const string PathVariable = "SEARCHENGINE_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser"];

    /// <summary>Gets the chromium executable: the one <see cref="PathVariable"/> names, else chromium or chromium-browser on the PATH; null when there is none.</summary>
    public static string? ExecutablePath { get; } = Find();

    /// <summary>Gets why the browser tests cannot run here, or null when they can.</summary>
    public static string? Missing => ExecutablePath is null
        ? $"No chromium found (looked for {string.Join(" and ", Names)} on the PATH and in /usr/bin, and ${PathVariable}); install Debian's chromium package (scripts/test.sh does) to run the browser tests."
        : null;

    /// <summary>Gets the command-line switches chromium needs here: no sandbox for root, which chromium refuses to sandbox.</summary>
    public static IReadOnlyList<string> Arguments { get; } = Environment.UserName == "root" ? ["--no-sandbox"] : [];

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        IEnumerable<string> folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin");
        return folders
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
