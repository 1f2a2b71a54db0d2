using System.Runtime.InteropServices;

namespace SearchEngine.News.Replication;

/// <summary>
/// Makes the renames in a folder durable: fsync of the folder itself, which .NET cannot open as a stream (Linux and
/// macOS; elsewhere a rename is durable when it returns, or the platform offers no such call).
/// </summary>
internal static class FolderSync
{
    /// <summary>Flushes the entries of the folder <paramref name="path"/> to disk.</summary>
    /// <exception cref="IOException">The folder could not be opened or flushed; the message has the errno.</exception>
    public static void Sync(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        int fd = NativeMethods.Open(path, 0);
        if (fd < 0)
        {
            throw new IOException($"Cannot open the folder '{path}' to sync it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (NativeMethods.Fsync(fd) != 0)
            {
                throw new IOException($"fsync of the folder '{path}' failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = NativeMethods.Close(fd);
        }
    }

    // DllImport rather than LibraryImport, whose generated marshalling needs unsafe code, which this assembly does not allow.
    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Fsync(int fd);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Close(int fd);
    }
}
