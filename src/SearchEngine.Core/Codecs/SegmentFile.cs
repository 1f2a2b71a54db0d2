using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs;

/// <summary>
/// The common start of the per-document files of a segment (norms, stored fields, doc values):
/// <c>Header Segment:string</c>. Repeating the segment name after the header makes a file copied or renamed
/// to another segment fail to open.
/// </summary>
internal static class SegmentFile
{
    /// <summary>Creates <c>segment.extension</c> and writes its header and the segment name.</summary>
    public static IndexOutput Create(IndexDirectory directory, string segment, string extension, string codec, int version)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrEmpty(segment);
        IndexOutput output = directory.CreateOutput(IndexFileNames.SegmentFile(segment, extension));
        CodecUtil.WriteHeader(output, codec, version);
        output.WriteString(segment);
        return output;
    }

    /// <summary>
    /// Opens <c>segment.extension</c>, verifies its checksum, header and segment name, and returns it positioned
    /// after the name; throws <see cref="CorruptIndexException"/> naming the file otherwise.
    /// </summary>
    public static IndexInput Open(IndexDirectory directory, string segment, string extension, string codec, int version)
    {
        ArgumentException.ThrowIfNullOrEmpty(segment);
        string name = IndexFileNames.SegmentFile(segment, extension);
        (IndexInput input, _) = CodecUtil.OpenChecked(directory, name, codec, version, version);
        try
        {
            string written = input.ReadString();
            if (written != segment)
            {
                throw input.Corrupt($"written for segment '{written}', opened as '{segment}'");
            }

            return input;
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }
}
