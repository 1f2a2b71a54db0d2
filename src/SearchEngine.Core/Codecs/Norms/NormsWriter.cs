using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.Norms;

/// <summary>
/// Writes the norms file of one segment: for each scored text field, one length byte per document
/// (<see cref="Util.SmallFloat.IntToByte4"/> of the field's token count; 0 for documents without the field).
/// </summary>
/// <remarks>
/// Grammar of <c>&lt;segment&gt;.nrm</c>:
/// <code>
/// Norms      := Header("SearchEngine.Norms", 1) Segment:string MaxDoc:VInt Field* End Footer
/// Field      := FieldNumber+1:VInt Norm:byte^MaxDoc
/// End        := 0:VInt
/// </code>
/// A field's norms are one contiguous run of MaxDoc bytes, so the reader loads them as one array and a scorer
/// indexes it by DocId. Numbers are stored plus one so that 0 can end the list without a field count up front
/// (fields are written as the flush reaches them). Fields appear in the order they were added, each at most once.
/// </remarks>
internal sealed class NormsWriter : IDisposable
{
    /// <summary>The file extension of norms files.</summary>
    public const string Extension = "nrm";

    /// <summary>The codec name in the file header.</summary>
    public const string Codec = "SearchEngine.Norms";

    /// <summary>The format version this build writes.</summary>
    public const int VersionCurrent = 1;

    private readonly IndexOutput output;
    private readonly int maxDoc;
    private readonly HashSet<int> written = [];
    private bool finished;

    /// <summary>Creates the norms file of <paramref name="segment"/>, whose documents number <paramref name="maxDoc"/>.</summary>
    public NormsWriter(IndexDirectory directory, string segment, int maxDoc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDoc);
        this.maxDoc = maxDoc;
        output = SegmentFile.Create(directory, segment, Extension, Codec, VersionCurrent);
        output.WriteVInt32(maxDoc);
    }

    /// <summary>Writes the norms of <paramref name="field"/>: exactly MaxDoc bytes, indexed by DocId.</summary>
    public void AddField(FieldInfo field, ReadOnlySpan<byte> normPerDoc)
    {
        ArgumentNullException.ThrowIfNull(field);
        ObjectDisposedException.ThrowIf(finished, this);
        if (!field.HasNorms)
        {
            throw new ArgumentException($"Field '{field.Name}' does not keep norms.", nameof(field));
        }

        if (normPerDoc.Length != maxDoc)
        {
            throw new ArgumentException($"Field '{field.Name}' has {normPerDoc.Length} norms for {maxDoc} documents.", nameof(normPerDoc));
        }

        if (!written.Add(field.Number))
        {
            throw new ArgumentException($"The norms of field '{field.Name}' were already written.", nameof(field));
        }

        output.WriteVInt32(field.Number + 1);
        output.WriteBytes(normPerDoc);
    }

    /// <summary>Ends the field list, writes the footer and closes the file.</summary>
    public void Finish()
    {
        ObjectDisposedException.ThrowIf(finished, this);
        output.WriteVInt32(0);
        CodecUtil.WriteFooter(output, VersionCurrent);
        finished = true;
        output.Dispose();
    }

    /// <summary>Closes the file; without <see cref="Finish"/> it stays incomplete and fails its checks when read.</summary>
    public void Dispose()
    {
        finished = true;
        output.Dispose();
    }
}
