using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Codecs.LiveDocs;

/// <summary>
/// Writes and reads the live documents of a segment at one deletion generation: a bit per document, set while
/// the document is live. A segment without deletions has no such file.
/// </summary>
/// <remarks>
/// <para>Grammar of <c>&lt;segment&gt;_&lt;generation&gt;.liv</c> (generation in base 36):</para>
/// <code>
/// LiveDocs := Header("SearchEngine.LiveDocs", 1) Segment:string Generation:VLong MaxDoc:VInt DeletedCount:VInt
///             Word:int64^ceil(MaxDoc/64) Footer
/// </code>
/// <para>
/// Bit d of the words (bit d % 64 of word d / 64) is set when document d is live; bits from MaxDoc on are zero.
/// The commit point records each segment's deletion count too, and reading checks the file against it, the
/// segment and the generation, so a stale or misplaced file is found at open rather than as wrong results.
/// </para>
/// </remarks>
internal static class LiveDocsFormat
{
    /// <summary>The codec name in the file header.</summary>
    public const string Codec = "SearchEngine.LiveDocs";

    /// <summary>The format version this build writes.</summary>
    public const int VersionCurrent = 1;

    /// <summary>
    /// Writes <paramref name="liveDocs"/> as generation <paramref name="generation"/> of <paramref name="segment"/>'s
    /// live documents; <paramref name="deletedCount"/> must equal the number of clear bits.
    /// </summary>
    public static void Write(IndexDirectory directory, string segment, long generation, FixedBitSet liveDocs, int deletedCount)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrEmpty(segment);
        ArgumentNullException.ThrowIfNull(liveDocs);
        ArgumentOutOfRangeException.ThrowIfNegative(generation);
        int actual = liveDocs.Length - liveDocs.Cardinality();
        if (actual != deletedCount)
        {
            throw new ArgumentException($"The live documents have {actual} deletions, not {deletedCount}.", nameof(deletedCount));
        }

        using IndexOutput output = directory.CreateOutput(IndexFileNames.LiveDocsFile(segment, generation));
        CodecUtil.WriteHeader(output, Codec, VersionCurrent);
        output.WriteString(segment);
        output.WriteVInt64(generation);
        output.WriteVInt32(liveDocs.Length);
        output.WriteVInt32(deletedCount);
        PackedIntsWriter.WriteWords(output, liveDocs.Words);
        CodecUtil.WriteFooter(output, VersionCurrent);
    }

    /// <summary>
    /// Reads generation <paramref name="generation"/> of <paramref name="segment"/>'s live documents; throws
    /// <see cref="CorruptIndexException"/> naming the file when a byte differs from what was written, or when the
    /// file disagrees with <paramref name="maxDoc"/> or <paramref name="expectedDeletedCount"/> (from the commit point).
    /// </summary>
    public static FixedBitSet Read(IndexDirectory directory, string segment, long generation, int maxDoc, int expectedDeletedCount)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrEmpty(segment);
        string name = IndexFileNames.LiveDocsFile(segment, generation);
        return FileBounds.Decode(name, () => Read(directory, name, segment, generation, maxDoc, expectedDeletedCount));
    }

    private static FixedBitSet Read(IndexDirectory directory, string name, string segment, long generation, int maxDoc, int expectedDeletedCount)
    {
        (IndexInput input, _) = CodecUtil.OpenChecked(directory, name, Codec, VersionCurrent, VersionCurrent);
        using (input)
        {
            string writtenSegment = input.ReadString();
            long writtenGeneration = input.ReadVInt64();
            if (writtenSegment != segment || writtenGeneration != generation)
            {
                throw input.Corrupt($"written for segment '{writtenSegment}' generation {writtenGeneration}, opened as '{segment}' generation {generation}");
            }

            int writtenMaxDoc = input.ReadVInt32();
            if (writtenMaxDoc != maxDoc)
            {
                throw input.Corrupt($"written for {writtenMaxDoc} documents, the segment has {maxDoc}");
            }

            int deletedCount = input.ReadVInt32();
            if (!FixedBitSet.TryWrap(PackedInts.ReadWords(input, FixedBitSet.WordCount(maxDoc)), maxDoc, out FixedBitSet? liveDocs))
            {
                throw input.Corrupt("bits set beyond MaxDoc");
            }

            if (input.Position != CodecUtil.ContentEnd(input))
            {
                throw input.Corrupt($"{CodecUtil.ContentEnd(input) - input.Position} unexpected bytes after the bits");
            }

            int actual = maxDoc - liveDocs.Cardinality();
            if (actual != deletedCount || deletedCount != expectedDeletedCount)
            {
                throw input.Corrupt($"{actual} documents are deleted, the file says {deletedCount} and the commit {expectedDeletedCount}");
            }

            return liveDocs;
        }
    }
}
