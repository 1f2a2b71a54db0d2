namespace SearchEngine.Core.Index;

/// <summary>One durable state of an index: the segments (with their deletions) of a generation-numbered commit.</summary>
/// <param name="Generation">The commit's generation; its file is <c>segments_N</c> (N in base 36).</param>
/// <param name="Segments">The segments, in order; document numbers of the whole index follow this order.</param>
/// <param name="NextSegmentCounter">The number the next new segment name will take.</param>
/// <param name="UserData">Key/value pairs the committer attached (e.g. the time and the source of a rebuild).</param>
/// <param name="Id">
/// The commit's random identity, so a commit of another index under the same generation is told apart (a folder
/// rebuilt in place); empty for commits of format version 1 and for a writer's uncommitted state.
/// </param>
internal sealed record CommitPoint(long Generation, IReadOnlyList<SegmentCommitInfo> Segments, long NextSegmentCounter, IReadOnlyDictionary<string, string> UserData, Guid Id)
{
    /// <summary>Gets the commit point's file name.</summary>
    public string FileName => IndexFileNames.CommitFile(Generation);

    /// <summary>Gets the number of documents in the commit, deleted ones included.</summary>
    public long MaxDoc => Segments.Sum(s => (long)s.Info.MaxDoc);

    /// <summary>Gets the number of live documents in the commit.</summary>
    public long LiveCount => Segments.Sum(s => (long)s.LiveCount);

    /// <summary>Returns every file the commit needs, its own file included.</summary>
    public IEnumerable<string> Files()
    {
        yield return FileName;
        foreach (SegmentCommitInfo segment in Segments)
        {
            foreach (string file in segment.Files())
            {
                yield return file;
            }
        }
    }
}
