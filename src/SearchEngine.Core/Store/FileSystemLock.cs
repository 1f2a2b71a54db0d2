using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace SearchEngine.Core.Store;

/// <summary>
/// An exclusive lock on a file, held through an OS advisory lock (flock on Unix), so it is released when the
/// holding process exits or is killed; a stale lock file left behind never blocks the next writer.
/// </summary>
/// <remarks>
/// <para>
/// The holder's identity is written to a sibling file <c>NAME.holder</c>, because the locked file itself cannot be
/// opened by another .NET process to read it.
/// </para>
/// <para>
/// The lock file holds a random token written when the lock is taken. On Unix a lock file can be deleted (or
/// deleted and created again by another writer, who then holds a lock on a different file) while it is held;
/// <see cref="EnsureValid"/> reads the file at the path again, bypassing the advisory lock, and compares the token.
/// On Windows the open handle forbids deleting or replacing the file, so the lock cannot be lost.
/// </para>
/// </remarks>
internal sealed partial class FileSystemLock : IndexLock
{
    private const int TokenBytes = 16;
    private readonly FileStream stream;
    private readonly string path;
    private readonly string holderPath;
    private readonly byte[] token;

    private FileSystemLock(FileStream stream, string path, string holderPath, byte[] token)
    {
        this.stream = stream;
        this.path = path;
        this.holderPath = holderPath;
        this.token = token;
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

        try
        {
            byte[] token = Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(TokenBytes)));
            stream.SetLength(0);
            stream.Write(token);
            stream.Flush();
            using var process = Process.GetCurrentProcess();
            string identity = string.Create(
                CultureInfo.InvariantCulture,
                $"pid {Environment.ProcessId} ({process.ProcessName}) on {Environment.MachineName} since {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z");
            File.WriteAllText(holderPath, identity);
            return new FileSystemLock(stream, path, holderPath, token);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override void EnsureValid()
    {
        ObjectDisposedException.ThrowIf(!stream.CanWrite, this);
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        byte[]? found = ReadLockFile();
        if (found is null)
        {
            throw new LockLostException($"The write lock '{path}' was deleted while this writer held it; another writer may have taken the index over, so this writer commits nothing.");
        }

        if (!found.AsSpan().SequenceEqual(token))
        {
            throw new LockLostException($"The write lock '{path}' was replaced by another writer's while this writer held it; this writer commits nothing.");
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (!disposing || !stream.CanWrite)
        {
            return;
        }

        try
        {
            // The holder note of a lock taken over belongs to its new holder.
            EnsureValid();
            File.Delete(holderPath);
        }
        catch (IOException)
        {
            // The holder note is advisory; a leftover one is overwritten by the next holder.
        }

        stream.Dispose();
    }

    /// <summary>Reads the file now at the lock's path with plain POSIX calls (no advisory lock); null when there is none.</summary>
    private unsafe byte[]? ReadLockFile()
    {
        int fd = Native.Open(path, 0);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            return errno == 2 ? null : throw new IOException($"Cannot open the write lock '{path}' to check it (errno {errno}).");
        }

        try
        {
            byte[] buffer = new byte[(TokenBytes * 2) + 1];
            int length = 0;
            fixed (byte* start = buffer)
            {
                while (length < buffer.Length)
                {
                    nint read = Native.Read(fd, start + length, buffer.Length - length);
                    if (read < 0)
                    {
                        throw new IOException($"Cannot read the write lock '{path}' to check it (errno {Marshal.GetLastPInvokeError()}).");
                    }

                    if (read == 0)
                    {
                        break;
                    }

                    length += (int)read;
                }
            }

            return buffer[..length];
        }
        finally
        {
            _ = Native.Close(fd);
        }
    }

    private static unsafe partial class Native
    {
        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        public static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
        public static partial nint Read(int fd, byte* buffer, nint count);

        [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
        public static partial int Close(int fd);
    }
}
