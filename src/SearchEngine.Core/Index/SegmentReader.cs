using SearchEngine.Core.Codecs.Norms;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Index;

/// <summary>
/// Reads one segment as one commit sees it: terms and postings, norms, doc values, stored fields, and which
/// documents are live. Thread-safe; enumerators it hands out belong to one thread each.
/// </summary>
internal sealed class SegmentReader : IDisposable
{
    private int disposed;

    internal SegmentReader(SegmentCore core, FixedBitSet? liveDocs, int deleteCount, long deleteGeneration, bool nearRealTime = false)
    {
        IsNearRealTime = nearRealTime;
        Core = core;
        LiveDocsBits = liveDocs;
        DeleteCount = deleteCount;
        DeleteGeneration = deleteGeneration;
    }

    /// <summary>Gets the segment name.</summary>
    public string Name => Core.Info.Name;

    /// <summary>Gets the segment's description.</summary>
    public SegmentInfo Info => Core.Info;

    /// <summary>Gets the segment's fields.</summary>
    public FieldInfos FieldInfos => Core.Info.FieldInfos;

    /// <summary>Gets the number of documents, deleted ones included (doc ids run 0..MaxDoc-1).</summary>
    public int MaxDoc => Core.Info.MaxDoc;

    /// <summary>Gets the number of live documents.</summary>
    public int NumDocs => MaxDoc - DeleteCount;

    /// <summary>Gets the number of deleted documents.</summary>
    public int DeleteCount { get; }

    /// <summary>Gets the generation of the live documents this reader uses (0 when none are deleted).</summary>
    public long DeleteGeneration { get; }

    /// <summary>Gets the live documents, or null when every document is live.</summary>
    public IBits? LiveDocs => LiveDocsBits;

    internal FixedBitSet? LiveDocsBits { get; }

    internal SegmentCore Core { get; }

    /// <summary>Gets a value indicating whether the live documents come from a writer's uncommitted state (never shared by reopen).</summary>
    internal bool IsNearRealTime { get; }

    /// <summary>Tells whether <paramref name="docId"/> is live (not deleted).</summary>
    public bool IsLive(int docId) => LiveDocsBits is null || LiveDocsBits.Get(docId);

    /// <summary>Returns the terms of <paramref name="field"/>, or null when the segment does not index it.</summary>
    public Terms? GetTerms(string field) => Core.Postings.GetTerms(field);

    /// <summary>Returns the length norms of <paramref name="field"/>, or null when it has none.</summary>
    public NormValues? GetNorms(string field) =>
        FieldInfos.Find(field) is { HasNorms: true } info ? Core.Norms.GetNorms(info) : null;

    /// <summary>Returns the numeric doc values of <paramref name="field"/>, or null when it has none.</summary>
    public NumericDocValues? GetNumericDocValues(string field) =>
        FieldInfos.Find(field) is { DocValues: DocValuesType.Numeric } info ? Core.DocValues.GetNumeric(info) : null;

    /// <summary>Returns the sorted-set doc values of <paramref name="field"/>, or null when it has none.</summary>
    public SortedSetDocValues? GetSortedSetDocValues(string field) =>
        FieldInfos.Find(field) is { DocValues: DocValuesType.SortedSet } info ? Core.DocValues.GetSortedSet(info) : null;

    /// <summary>Feeds the stored fields of <paramref name="docId"/> to <paramref name="visitor"/>.</summary>
    public void Document(int docId, StoredFieldVisitor visitor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(docId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(docId, MaxDoc);
        Core.StoredFields.VisitDocument(docId, visitor);
    }

    /// <summary>Releases this reader's share of the segment's files.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            Core.DecRef();
        }
    }
}
