namespace SearchEngine.Core.Index;

/// <summary>A segment as one commit sees it: its immutable info plus the generation and count of its deletions.</summary>
/// <param name="Info">The segment.</param>
/// <param name="DeleteGeneration">The generation of its live documents file; 0 when nothing is deleted.</param>
/// <param name="DeleteCount">The number of deleted documents.</param>
internal sealed record SegmentCommitInfo(SegmentInfo Info, long DeleteGeneration, int DeleteCount)
{
    /// <summary>Gets the number of live documents.</summary>
    public int LiveCount => Info.MaxDoc - DeleteCount;

    /// <summary>Returns every file this segment needs in this commit: its own files and its live documents file.</summary>
    public IEnumerable<string> Files()
    {
        foreach (string file in Info.Files)
        {
            yield return file;
        }

        if (DeleteGeneration > 0)
        {
            yield return IndexFileNames.LiveDocsFile(Info.Name, DeleteGeneration);
        }
    }
}
