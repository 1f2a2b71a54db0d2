namespace SearchEngine.Core.Codecs.Postings;

/// <summary>
/// The constants shared by <see cref="InvertedIndexWriter"/> and <see cref="InvertedIndexReader"/>: file
/// extensions, codec names, versions and block sizes (the grammars are in docs/FORMAT.md).
/// </summary>
internal static class PostingsFormat
{
    /// <summary>The extension of the term dictionary (blocks of prefix-compressed terms and their metadata).</summary>
    public const string TermsExtension = "tim";

    /// <summary>The extension of the terms index (first term of each block, per-field statistics).</summary>
    public const string TermsIndexExtension = "tip";

    /// <summary>The extension of the document ids, frequencies and skip data.</summary>
    public const string DocsExtension = "doc";

    /// <summary>The extension of the positions and offsets.</summary>
    public const string PositionsExtension = "pos";

    /// <summary>The codec name in the header of the term dictionary.</summary>
    public const string TermsCodec = "SearchEngine.Terms";

    /// <summary>The codec name in the header of the terms index.</summary>
    public const string TermsIndexCodec = "SearchEngine.TermsIndex";

    /// <summary>The codec name in the header of the documents file.</summary>
    public const string DocsCodec = "SearchEngine.Postings.Docs";

    /// <summary>The codec name in the header of the positions file.</summary>
    public const string PositionsCodec = "SearchEngine.Postings.Positions";

    /// <summary>The format version every file of this codec is written with.</summary>
    public const int VersionCurrent = 1;

    /// <summary>The oldest format version this build reads.</summary>
    public const int VersionStart = 1;

    /// <summary>Documents per packed postings block, and per skip entry.</summary>
    public const int BlockSize = ForUtil.BlockSize;

    /// <summary>
    /// Terms per dictionary block. A lookup binary-searches the in-memory index and scans one block, so this trades
    /// index memory (one term per block) against scan length; 32 keeps both small.
    /// </summary>
    public const int TermsPerBlock = 32;

    /// <summary>The norm every document has in a field without norms (Lucene's convention).</summary>
    public const byte NoNorm = 1;

    /// <summary>Returns the four file names of <paramref name="segmentName"/>, in the order the reader opens them.</summary>
    public static string[] FileNames(string segmentName) =>
    [
        Index.IndexFileNames.SegmentFile(segmentName, TermsIndexExtension),
        Index.IndexFileNames.SegmentFile(segmentName, TermsExtension),
        Index.IndexFileNames.SegmentFile(segmentName, DocsExtension),
        Index.IndexFileNames.SegmentFile(segmentName, PositionsExtension),
    ];
}
