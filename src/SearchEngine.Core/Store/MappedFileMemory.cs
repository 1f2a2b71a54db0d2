using System.IO.MemoryMappedFiles;

namespace SearchEngine.Core.Store;

/// <summary>A read-only memory mapping of a whole file.</summary>
internal sealed unsafe class MappedFileMemory : FileMemory
{
    private readonly MemoryMappedFile file;
    private readonly MemoryMappedViewAccessor view;
    private readonly long length;
    private byte* pointer;

    /// <summary>Maps the first <paramref name="length"/> bytes of <paramref name="path"/> read-only.</summary>
    public MappedFileMemory(string path, long length)
    {
        this.length = length;
        // Share everything: a writer in another process may delete the file while it is mapped (the mapping
        // keeps the data alive on Unix), and the write lock is the only lock an index takes.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        file = MemoryMappedFile.CreateFromFile(stream, mapName: null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        try
        {
            view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* acquired = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref acquired);
            pointer = acquired + view.PointerOffset;
        }
        catch
        {
            view?.Dispose();
            file.Dispose();
            throw;
        }
    }

    public override byte* Pointer => pointer;

    public override long Length => length;

    public override void Dispose()
    {
        if (pointer != null)
        {
            pointer = null;
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            file.Dispose();
        }
    }
}
