using SearchEngine.Core.Util;

namespace SearchEngine.Core.Index;

/// <content>Near-real-time readers over the writer's flushed but uncommitted state.</content>
internal sealed partial class IndexWriter
{
    /// <summary>
    /// Returns a reader that sees every change made so far, committed or not (buffers are flushed as segments,
    /// deletes applied in memory); nothing is made durable. <see cref="DirectoryReader.Commit"/> of the reader
    /// describes this uncommitted state, with the generation of the last commit.
    /// </summary>
    public DirectoryReader GetReader()
    {
        commitLock.EnterWriteLock();
        try
        {
            ThrowIfDisposed();
            FlushAllBuilders();
            lock (sync)
            {
                ApplyDeletes(segments);
                var readers = new List<SegmentReader>(segments.Count);
                var infos = new List<SegmentCommitInfo>(segments.Count);
                try
                {
                    foreach (WriterSegment segment in segments)
                    {
                        SegmentCore core = segment.Core(Directory);
                        core.IncRef();

                        // A copy: the writer keeps deleting in its own bit set.
                        FixedBitSet? live = segment.LoadLiveDocs(Directory)?.Clone();
                        readers.Add(new SegmentReader(core, live, segment.DeleteCount, segment.DeleteGeneration, nearRealTime: true));
                        infos.Add(segment.ToCommitInfo());
                    }
                }
                catch
                {
                    foreach (SegmentReader reader in readers)
                    {
                        reader.Dispose();
                    }

                    throw;
                }

                var state = new CommitPoint(lastCommit?.Generation ?? 0, infos, nextSegmentCounter, new Dictionary<string, string>(StringComparer.Ordinal), Guid.Empty);
                return DirectoryReader.FromWriter(Directory, state, [.. readers]);
            }
        }
        finally
        {
            commitLock.ExitWriteLock();
        }
    }
}
