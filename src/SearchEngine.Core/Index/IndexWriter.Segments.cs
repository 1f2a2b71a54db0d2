namespace SearchEngine.Core.Index;

/// <content>Whether the writer's segments still are those of its last commit.</content>
internal sealed partial class IndexWriter
{
    /// <summary>
    /// Gets a value indicating whether the writer's segments differ from its last commit's (a merge finished, a
    /// buffer was flushed or deletes were applied since): a commit now would not be empty. Buffered documents and
    /// deletes that are not yet applied do not count.
    /// </summary>
    public bool SegmentsChangedSinceCommit
    {
        get
        {
            lock (sync)
            {
                IReadOnlyList<SegmentCommitInfo> committed = lastCommit?.Segments ?? [];
                if (committed.Count != segments.Count)
                {
                    return true;
                }

                for (int i = 0; i < committed.Count; i++)
                {
                    if (committed[i].Info.Name != segments[i].Info.Name || segments[i].LiveDocsDirty)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
