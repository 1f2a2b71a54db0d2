using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Cluster;

/// <summary>Finds the nats-server the cluster tests start: on the PATH, or Debian's /usr/sbin/nats-server.</summary>
internal static class InstalledNats
{
    /// <summary>Gets the nats-server executable, or null when there is none.</summary>
    public static string? ExecutablePath { get; } = InstalledProgram.Find("nats-server");

    /// <summary>Gets why the cluster tests cannot run here, or null when they can.</summary>
    public static string? Missing => ExecutablePath is null
        ? "No nats-server found (looked on the PATH and in /usr/sbin and /usr/bin); install Debian's nats-server package (scripts/test.sh does) to run the cluster tests."
        : null;

    /// <summary>Skips the calling test when nats-server is not installed.</summary>
    public static void SkipWhenMissing()
    {
        if (Missing is string reason)
        {
            Assert.Skip(reason);
        }
    }
}
