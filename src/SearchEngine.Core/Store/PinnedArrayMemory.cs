using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SearchEngine.Core.Store;

/// <summary>File bytes held in a pinned array (in-memory directories and empty files).</summary>
internal sealed unsafe class PinnedArrayMemory : FileMemory
{
    private readonly byte[] bytes;

    /// <summary>Wraps <paramref name="bytes"/>, which must have been allocated pinned (or be empty).</summary>
    public PinnedArrayMemory(byte[] bytes)
    {
        this.bytes = bytes;
    }

    /// <inheritdoc />
    public override byte* Pointer => bytes.Length == 0 ? null : (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(bytes));

    /// <inheritdoc />
    public override long Length => bytes.Length;

    /// <inheritdoc />
    public override void Dispose()
    {
        // The array lives as long as someone references it; nothing to release.
    }
}
