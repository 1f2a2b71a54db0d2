namespace SearchEngine.Core.Store;

/// <summary>
/// The bytes of one open file at a fixed address: a read-only memory mapping, or a pinned array for in-memory
/// directories. <see cref="IndexInput"/> reads through <see cref="Pointer"/>.
/// </summary>
/// <remarks>
/// Hazard: after <see cref="Dispose"/> the address is invalid, and reading through it crashes the process
/// instead of throwing. Readers therefore release a file only when no search still uses it (reference-counted
/// segment readers), as Lucene does with its mapped inputs.
/// </remarks>
internal abstract unsafe class FileMemory : IDisposable
{
    /// <summary>Gets the address of the first byte (null for an empty file).</summary>
    public abstract byte* Pointer { get; }

    /// <summary>Gets the file length in bytes.</summary>
    public abstract long Length { get; }

    /// <summary>Releases the mapping or the array.</summary>
    public abstract void Dispose();

    /// <summary>Maps <paramref name="path"/> read-only.</summary>
    public static FileMemory Map(string path)
    {
        long length = new FileInfo(path).Length;
        return length == 0 ? new PinnedArrayMemory([]) : new MappedFileMemory(path, length);
    }
}
