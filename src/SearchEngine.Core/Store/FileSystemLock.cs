using System.Diagnostics;
using System.Globalization;

namespace SearchEngine.Core.Store;

/// <summary>
/// An exclusive lock on a file, held through an OS advisory lock (flock on Unix), so it is released when the
/// holding process exits or is killed; a stale lock file left behind never blocks the next writer.
/// </summary>
/// <remarks>
/// The holder's identity is written to a sibling file <c>NAME.holder</c>, because the locked file itself cannot be
/// opened by another .NET process to read it.
/// </remarks>
internal sealed class FileSystemLock : IDisposable
{
    private readonly FileStream stream;
    private readonly string holderPath;

    private FileSystemLock(FileStream stream, string holderPath)
    {
        this.stream = stream;
        this.holderPath = holderPath;
    }

    /// <summary>Takes the lock at <paramref name="path"/> or throws naming who holds it.</summary>
    public static FileSystemLock Obtain(string path)
    {
        string holderPath = path + ".holder";
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            string holder = File.Exists(holderPath) ? File.ReadAllText(holderPath).Trim() : "an unknown process";
            throw new LockObtainFailedException($"The index at '{Path.GetDirectoryName(path)}' is locked by another writer ({holder}); only one writer may open an index at a time.", ex);
        }

        using var process = Process.GetCurrentProcess();
        string identity = string.Create(
            CultureInfo.InvariantCulture,
            $"pid {Environment.ProcessId} ({process.ProcessName}) on {Environment.MachineName} since {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z");
        File.WriteAllText(holderPath, identity);
        return new FileSystemLock(stream, holderPath);
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(holderPath);
        }
        catch (IOException)
        {
            // The holder note is advisory; a leftover one is overwritten by the next holder.
        }

        stream.Dispose();
    }
}
