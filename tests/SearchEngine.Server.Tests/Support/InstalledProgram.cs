namespace SearchEngine.Server.Tests.Support;

/// <summary>Finds a program a test starts as a real process (nats-server, nginx, curl): on the PATH, or in Debian's /usr/sbin and /usr/bin.</summary>
internal static class InstalledProgram
{
    /// <summary>Returns the path of the executable <paramref name="name"/>, or null when there is none.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin")
            .Append("/usr/bin")
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
