using SearchEngine.Core.Codecs.DocValues;
using SearchEngine.Core.Codecs.Norms;
using SearchEngine.Core.Codecs.Postings;
using SearchEngine.Core.Codecs.StoredFields;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Index;

/// <summary>
/// The open files of one segment, shared by every reader of every commit that contains the segment; closed
/// when the last reader releases it.
/// </summary>
/// <remarks>
/// Every file is opened (and its checksum verified) up front, so a reader either opens whole or fails naming
/// the bad file, and never reads a file it has not verified. Mapped memory stays valid until the count drops
/// to zero, even if a writer deletes the files meanwhile.
/// </remarks>
internal sealed class SegmentCore
{
    private int references = 1;

    private SegmentCore(SegmentInfo info, InvertedIndexReader postings, NormsReader norms, StoredFieldsReader storedFields, DocValuesReader docValues)
    {
        Info = info;
        Postings = postings;
        Norms = norms;
        StoredFields = storedFields;
        DocValues = docValues;
    }

    /// <summary>Gets the segment's description.</summary>
    public SegmentInfo Info { get; }

    /// <summary>Gets the term dictionary and postings.</summary>
    public InvertedIndexReader Postings { get; }

    /// <summary>Gets the length norms.</summary>
    public NormsReader Norms { get; }

    /// <summary>Gets the stored fields.</summary>
    public StoredFieldsReader StoredFields { get; }

    /// <summary>Gets the doc values.</summary>
    public DocValuesReader DocValues { get; }

    /// <summary>
    /// Opens every file of <paramref name="info"/>, verifying checksums and structure; on failure nothing stays
    /// open, and any failure to decode a file (not only the checks' own) is a <see cref="CorruptIndexException"/>
    /// naming it.
    /// </summary>
    public static SegmentCore Open(IndexDirectory directory, SegmentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        string name = info.Name;
        FieldInfos fields = info.FieldInfos;
        int maxDoc = info.MaxDoc;
        var opened = new List<IDisposable>();
        try
        {
            // The terms index is the only postings file decoded at open; the others are checked as a whole.
            InvertedIndexReader postings = Track(opened, FileBounds.Decode(
                IndexFileNames.SegmentFile(name, PostingsFormat.TermsIndexExtension),
                () => InvertedIndexReader.Open(directory, name, fields, maxDoc)));
            NormsReader norms = FileBounds.Decode(
                IndexFileNames.SegmentFile(name, NormsWriter.Extension),
                () => NormsReader.Open(directory, name, fields, maxDoc));
            StoredFieldsReader stored = Track(opened, FileBounds.Decode(
                IndexFileNames.SegmentFile(name, StoredFieldsWriter.Extension),
                () => StoredFieldsReader.Open(directory, name, fields, maxDoc)));
            DocValuesReader docValues = FileBounds.Decode(
                IndexFileNames.SegmentFile(name, DocValuesWriter.Extension),
                () => DocValuesReader.Open(directory, name, fields, maxDoc));
            return new SegmentCore(info, postings, norms, stored, docValues);
        }
        catch
        {
            foreach (IDisposable item in opened)
            {
                item.Dispose();
            }

            throw;
        }
    }

    /// <summary>Adds a reference (a reader that shares the core).</summary>
    public void IncRef()
    {
        ObjectDisposedException.ThrowIf(Interlocked.Increment(ref references) <= 1, this);
    }

    /// <summary>Drops a reference; the last one closes the files.</summary>
    public void DecRef()
    {
        int left = Interlocked.Decrement(ref references);
        if (left == 0)
        {
            // Norms and doc values live on the heap (copied at open); only these two hold mapped files.
            Postings.Dispose();
            StoredFields.Dispose();
        }
        else if (left < 0)
        {
            throw new InvalidOperationException($"Segment {Info.Name} was released more often than it was shared.");
        }
    }

    private static T Track<T>(List<IDisposable> opened, T item)
        where T : IDisposable
    {
        opened.Add(item);
        return item;
    }
}
