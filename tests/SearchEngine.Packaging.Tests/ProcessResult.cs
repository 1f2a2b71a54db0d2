namespace SearchEngine.Packaging.Tests;

/// <summary>The outcome of a finished child process.</summary>
/// <param name="Command">The command line, for messages.</param>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="StandardOutput">Everything written to standard output, decoded as UTF-8.</param>
/// <param name="StandardError">Everything written to standard error, decoded as UTF-8.</param>
public sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Returns this result when the process exited with 0, and fails the test with its output otherwise.</summary>
    public ProcessResult Succeeded()
    {
        Assert.True(ExitCode == 0, $"'{Command}' exited with {ExitCode}.\n{StandardOutput}\n{StandardError}");
        return this;
    }
}
