namespace SearchEngine.Core.Codecs.StoredFields;

/// <summary>
/// One decompressed block of stored fields and where each of its documents starts, kept per thread so that
/// fetching the hits of a results page (often neighbours in one block) decompresses the block once.
/// </summary>
internal sealed class DecompressedBlock
{
    /// <summary>Gets or sets the reader the block belongs to (a process-unique number, so no reference is kept).</summary>
    public long ReaderId { get; set; } = -1;

    /// <summary>Gets or sets the block's number in its file; -1 when the buffer holds nothing.</summary>
    public int Block { get; set; } = -1;

    /// <summary>Gets or sets the first DocId of the block.</summary>
    public int FirstDoc { get; set; }

    /// <summary>Gets or sets the decompressed bytes (longer than the content; see <see cref="DocStarts"/>).</summary>
    public byte[] Raw { get; set; } = [];

    /// <summary>Gets or sets where document <c>FirstDoc + i</c> starts in <see cref="Raw"/>; entry DocCount is the end.</summary>
    public int[] DocStarts { get; set; } = new int[StoredFieldsWriter.MaxDocsPerBlock + 1];

    /// <summary>Gets or sets a value indicating whether a visit on this thread is reading the block right now.</summary>
    /// <remarks>A visitor that fetches another document from inside a callback must not overwrite the bytes being read.</remarks>
    public bool Busy { get; set; }

    /// <summary>Marks the buffer as holding nothing (after a failed decompression).</summary>
    public void Invalidate()
    {
        ReaderId = -1;
        Block = -1;
    }
}
