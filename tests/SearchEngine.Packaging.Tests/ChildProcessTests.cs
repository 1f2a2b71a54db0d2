using System.Diagnostics;

namespace SearchEngine.Packaging.Tests;

/// <summary>The packaging tests' child processes cannot outlive their time limit.</summary>
public sealed class ChildProcessTests
{
    [Fact]
    public void AProcessPastItsLimitIsKilledWithAMessageNamingTheCommandAndTheLimit()
    {
        var clock = Stopwatch.StartNew();

        TimeoutException timeout = Assert.Throws<TimeoutException>(() =>
            ChildProcess.Run("sh", ["-c", "echo started; exec sleep 60"], Path.GetTempPath(), TimeSpan.FromSeconds(2)));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the run took {clock.Elapsed}");
        Assert.Contains("'sh -c echo started; exec sleep 60'", timeout.Message, StringComparison.Ordinal);
        Assert.Contains("did not finish within 2 s and was killed", timeout.Message, StringComparison.Ordinal);
        Assert.Contains("started", timeout.Message, StringComparison.Ordinal);
    }
}
