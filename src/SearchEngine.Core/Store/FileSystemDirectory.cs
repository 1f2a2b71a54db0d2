using System.Runtime.InteropServices;

namespace SearchEngine.Core.Store;

/// <summary>An index directory on the file system; files are read through read-only memory mappings.</summary>
internal sealed partial class FileSystemDirectory : IndexDirectory
{
    /// <summary>Opens (creating if needed) the directory at <paramref name="path"/>.</summary>
    public FileSystemDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    /// <summary>Gets the absolute path of the directory.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> ListAll()
    {
        var names = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path))
        {
            names.Add(System.IO.Path.GetFileName(file));
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <inheritdoc />
    public override bool FileExists(string name) => File.Exists(Resolve(name));

    /// <inheritdoc />
    public override long FileLength(string name) => new FileInfo(Resolve(name)).Length;

    /// <inheritdoc />
    public override IndexOutput CreateOutput(string name)
    {
        var stream = new FileStream(Resolve(name), FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete, bufferSize: 0);
        return new IndexOutput(name, stream);
    }

    /// <inheritdoc />
    public override IndexInput OpenInput(string name) => new(name, FileMemory.Map(Resolve(name)));

    /// <inheritdoc />
    public override void DeleteFile(string name) => File.Delete(Resolve(name));

    /// <inheritdoc />
    public override void Rename(string source, string destination) => File.Move(Resolve(source), Resolve(destination), overwrite: true);

    /// <inheritdoc />
    public override void Sync(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (string name in names)
        {
            using var stream = new FileStream(Resolve(name), FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <inheritdoc />
    public override void SyncMetaData()
    {
        // .NET cannot open a directory as a stream; fsync its descriptor directly so a rename survives power loss.
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        int fd = Native.Open(Path, 0);
        if (fd < 0)
        {
            throw new IOException($"Cannot open directory '{Path}' to sync it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Native.Fsync(fd) != 0)
            {
                throw new IOException($"fsync of directory '{Path}' failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Native.Close(fd);
        }
    }

    /// <inheritdoc />
    public override IndexLock ObtainLock(string name) => FileSystemLock.Obtain(Resolve(name));

    private string Resolve(string name)
    {
        if (name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name is "." or "..")
        {
            throw new ArgumentException($"'{name}' is not a plain file name.", nameof(name));
        }

        return System.IO.Path.Combine(Path, name);
    }

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        public static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static partial int Fsync(int fd);

        [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
        public static partial int Close(int fd);
    }
}
