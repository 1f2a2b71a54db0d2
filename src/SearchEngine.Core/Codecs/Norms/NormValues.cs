using System.Runtime.CompilerServices;

namespace SearchEngine.Core.Codecs.Norms;

/// <summary>
/// The norms of one field in one segment: one byte per document, held as one array so a scorer reads a
/// document's norm with an array index and no call into the file system.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
internal sealed class NormValues
{
    private readonly byte[] norms;

    internal NormValues(byte[] norms)
    {
        this.norms = norms;
    }

    /// <summary>Gets the number of documents (the segment's MaxDoc).</summary>
    public int MaxDoc => norms.Length;

    /// <summary>Gets all norms, indexed by DocId, for scorers that walk them in bulk.</summary>
    public ReadOnlySpan<byte> Values => norms;

    /// <summary>Returns the norm of document <paramref name="docId"/> (0 when it lacks the field).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Get(int docId) => norms[docId];
}
