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

    /// <summary>Opens every file of <paramref name="info"/>, verifying checksums; on failure nothing stays open.</summary>
    public static SegmentCore Open(IndexDirectory directory, SegmentInfo info)
    {
        var opened = new List<IDisposable>();
        try
        {
            InvertedIndexReader postings = Track(opened, InvertedIndexReader.Open(directory, info.Name, info.FieldInfos));
            NormsReader norms = NormsReader.Open(directory, info.Name, info.FieldInfos);
            StoredFieldsReader stored = Track(opened, StoredFieldsReader.Open(directory, info.Name, info.FieldInfos));
            DocValuesReader docValues = DocValuesReader.Open(directory, info.Name, info.FieldInfos);
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
