using Lucene.Net.Index;
using SearchEngine.News.Engines;

namespace SearchEngine.Engines.LuceneNet.Indexing;

/// <summary>
/// A Lucene.Net commit snapshotted in its writer's <see cref="SnapshotDeletionPolicy"/>: the writer deletes none of
/// its files until this is disposed, which releases the snapshot and lets the writer delete what no commit uses.
/// </summary>
internal sealed class LuceneNetHeldCommit : IEngineHeldCommit
{
    private readonly IndexWriter writer;
    private readonly System.Threading.Lock commitGate;
    private readonly SnapshotDeletionPolicy policy;
    private readonly IndexCommit commit;
    private int disposed;

    /// <summary>Snapshots <paramref name="writer"/>'s last commit; <paramref name="commitGate"/> is the folder's (<see cref="SharedDirectory.CommitGate"/>), held while files are deleted.</summary>
    public LuceneNetHeldCommit(IndexWriter writer, System.Threading.Lock commitGate)
    {
        this.writer = writer;
        this.commitGate = commitGate;
        policy = (SnapshotDeletionPolicy)writer.Config.IndexDeletionPolicy;
        commit = policy.Snapshot();
        Files = [.. commit.FileNames];
    }

    public long Generation => commit.Generation;

    public string CommitFile => commit.SegmentsFileName;

    public IReadOnlyList<string> Files { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        lock (commitGate)
        {
            try
            {
                policy.Release(commit);
                writer.DeleteUnusedFiles();
            }
            catch (ObjectDisposedException)
            {
                // The writer is closed: it deletes nothing any more, and the next writer deletes what no commit uses.
            }
            catch (IOException)
            {
                // A file could not be deleted now: the writer's next commit tries again.
            }
        }
    }
}
