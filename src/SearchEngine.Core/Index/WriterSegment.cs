using SearchEngine.Core.Codecs.LiveDocs;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Index;

/// <summary>
/// A segment as the writer holds it: the written segment plus deletions not yet committed. Guarded by the
/// writer's lock.
/// </summary>
internal sealed class WriterSegment
{
    private SegmentCore? core;

    /// <summary>Initializes the state of a written segment.</summary>
    public WriterSegment(SegmentInfo info, long deleteGeneration, int deleteCount, long appliedDeleteSequence)
    {
        Info = info;
        DeleteGeneration = deleteGeneration;
        DeleteCount = deleteCount;
        AppliedDeleteSequence = appliedDeleteSequence;
    }

    /// <summary>Gets the segment.</summary>
    public SegmentInfo Info { get; }

    /// <summary>Gets or sets the generation of the last written live documents file (0: none).</summary>
    public long DeleteGeneration { get; set; }

    /// <summary>Gets or sets the number of deleted documents, committed or not.</summary>
    public int DeleteCount { get; set; }

    /// <summary>Gets or sets the live documents when loaded or changed (null: not loaded, or all live).</summary>
    public FixedBitSet? LiveDocs { get; set; }

    /// <summary>Gets or sets a value indicating whether <see cref="LiveDocs"/> has deletions not yet written.</summary>
    public bool LiveDocsDirty { get; set; }

    /// <summary>Gets or sets the sequence number of the last buffered delete applied to this segment.</summary>
    public long AppliedDeleteSequence { get; set; }

    /// <summary>Gets or sets a value indicating whether a merge is rewriting this segment.</summary>
    public bool Merging { get; set; }

    /// <summary>Returns the live documents, loading them from the last live documents file when needed (null: all live).</summary>
    public FixedBitSet? LoadLiveDocs(IndexDirectory directory)
    {
        if (LiveDocs is null && DeleteGeneration > 0)
        {
            LiveDocs = LiveDocsFormat.Read(directory, Info.Name, DeleteGeneration, Info.MaxDoc, DeleteCount);
        }

        return LiveDocs;
    }

    /// <summary>Marks <paramref name="docId"/> deleted; returns false when it already was.</summary>
    public bool Delete(IndexDirectory directory, int docId)
    {
        FixedBitSet? live = LoadLiveDocs(directory);
        if (live is null)
        {
            live = new FixedBitSet(Info.MaxDoc);
            live.SetAll();
            LiveDocs = live;
        }

        if (!live.Get(docId))
        {
            return false;
        }

        live.Clear(docId);
        DeleteCount++;
        LiveDocsDirty = true;
        return true;
    }

    /// <summary>Returns the segment's open files, opening them on first use (for deletes by term and merges).</summary>
    public SegmentCore Core(IndexDirectory directory) => core ??= SegmentCore.Open(directory, Info);

    /// <summary>Returns the segment as the next commit records it.</summary>
    public SegmentCommitInfo ToCommitInfo() => new(Info, DeleteGeneration, DeleteCount);

    /// <summary>Closes the segment's files if this writer opened them.</summary>
    public void Release()
    {
        core?.DecRef();
        core = null;
    }
}
