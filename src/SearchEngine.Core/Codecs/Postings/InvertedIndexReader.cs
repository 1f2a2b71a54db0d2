using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.Postings;

/// <summary>
/// Reads the inverted index of one segment written by <see cref="InvertedIndexWriter"/>: the terms index and
/// field statistics are loaded at open, term blocks and postings are read in place from the files.
/// </summary>
/// <remarks>
/// Open verifies every file's checksum, so a damaged file fails here with a <see cref="CorruptIndexException"/>
/// naming it rather than later in a search. One reader is shared by all threads; every <see cref="TermsEnum"/> and
/// <see cref="PostingsEnum"/> reads through its own clones of the inputs and serves one thread. Enums must not be
/// used after <see cref="Dispose"/> (the segment reader's reference count guarantees that).
/// </remarks>
internal sealed class InvertedIndexReader : IDisposable
{
    private readonly FieldInfos fieldInfos;
    private readonly FieldReader?[] fields;

    private InvertedIndexReader(FieldInfos fieldInfos, int maxDoc, IndexInput terms, IndexInput docs, IndexInput positions, IndexInput termsIndex)
    {
        this.fieldInfos = fieldInfos;
        MaxDoc = maxDoc;
        TermsInput = terms;
        DocsInput = docs;
        PositionsInput = positions;
        fields = new FieldReader?[fieldInfos.Count];
        ReadTermsIndex(termsIndex);
    }

    /// <summary>Gets the segment's document count: every document number read from the files is below it.</summary>
    public int MaxDoc { get; }

    /// <summary>Gets the term dictionary file, which enums clone.</summary>
    internal IndexInput TermsInput { get; }

    /// <summary>Gets the documents file, which enums clone.</summary>
    internal IndexInput DocsInput { get; }

    /// <summary>Gets the positions file, which enums clone.</summary>
    internal IndexInput PositionsInput { get; }

    /// <summary>
    /// Opens the inverted index files of <paramref name="segmentName"/>, a segment of <paramref name="maxDoc"/>
    /// documents, verifying their checksums and structure.
    /// </summary>
    public static InvertedIndexReader Open(IndexDirectory directory, string segmentName, FieldInfos fieldInfos, int maxDoc)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrEmpty(segmentName);
        ArgumentNullException.ThrowIfNull(fieldInfos);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDoc);
        string[] names = PostingsFormat.FileNames(segmentName);
        string[] codecs = [PostingsFormat.TermsIndexCodec, PostingsFormat.TermsCodec, PostingsFormat.DocsCodec, PostingsFormat.PositionsCodec];
        var inputs = new IndexInput?[names.Length];
        try
        {
            for (int i = 0; i < names.Length; i++)
            {
                inputs[i] = CodecUtil.OpenChecked(directory, names[i], codecs[i], PostingsFormat.VersionStart, PostingsFormat.VersionCurrent).Input;
            }

            var reader = new InvertedIndexReader(fieldInfos, maxDoc, inputs[1]!, inputs[2]!, inputs[3]!, inputs[0]!);

            // The terms index lives in memory from here on; its file is no longer needed.
            inputs[0]!.Dispose();
            return reader;
        }
        catch
        {
            foreach (IndexInput? input in inputs)
            {
                input?.Dispose();
            }

            throw;
        }
    }

    /// <summary>Returns the terms of <paramref name="field"/>, or null when the segment has no term in it.</summary>
    public Terms? GetTerms(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        FieldInfo? info = fieldInfos.Find(field);
        return info is null ? null : fields[info.Number];
    }

    /// <summary>Releases the files; no enum of this reader may be used afterwards.</summary>
    public void Dispose()
    {
        TermsInput.Dispose();
        DocsInput.Dispose();
        PositionsInput.Dispose();
    }

    private void ReadTermsIndex(IndexInput tip)
    {
        // A field entry takes at least 10 bytes (number, options, three statistics, doc and block counts, one index entry of three).
        int fieldCount = tip.CheckCount(tip.ReadVInt32(), 10, "field count");
        if (fieldCount > fieldInfos.Count)
        {
            throw tip.Corrupt($"{fieldCount} fields with terms, but the segment has {fieldInfos.Count} fields");
        }

        for (int i = 0; i < fieldCount; i++)
        {
            FieldReader field = FieldReader.Read(this, tip, fieldInfos, CodecUtil.ContentEnd(TermsInput), MaxDoc);
            if (fields[field.Info.Number] is not null)
            {
                throw tip.Corrupt($"field '{field.Info.Name}' appears twice");
            }

            fields[field.Info.Number] = field;
        }

        CheckEnd(tip, TermsInput);
        CheckEnd(tip, DocsInput);
        CheckEnd(tip, PositionsInput);
        if (tip.Position != CodecUtil.ContentEnd(tip))
        {
            throw tip.Corrupt($"terms index ends at {tip.Position}, but its content ends at {CodecUtil.ContentEnd(tip)}");
        }
    }

    private static void CheckEnd(IndexInput tip, IndexInput file)
    {
        long expected = tip.ReadVInt64();
        if (expected != CodecUtil.ContentEnd(file))
        {
            throw file.Corrupt($"content is {CodecUtil.ContentEnd(file)} bytes, but '{tip.Name}' expects {expected} (the two files come from different segments)");
        }
    }
}
