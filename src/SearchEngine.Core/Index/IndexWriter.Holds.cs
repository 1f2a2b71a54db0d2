namespace SearchEngine.Core.Index;

/// <content>Commits held against deletion, so their files can be copied while newer commits and merges go on.</content>
internal sealed partial class IndexWriter
{
    // Per held commit generation, the commit and how many holds it has; read by DeleteUnusedFiles (under sync).
    private readonly Dictionary<long, (CommitPoint Commit, int Holds)> heldCommits = [];

    /// <summary>
    /// Holds the last commit: this writer deletes none of its files, whatever it commits or merges later, until as
    /// many <see cref="ReleaseCommit"/> calls as holds. The writer's own lock on the folder keeps other writers out,
    /// so the files stay until this writer releases them (disposing the writer ends every hold with it).
    /// </summary>
    /// <exception cref="IndexNotFoundException">The folder holds no commit yet.</exception>
    public CommitPoint HoldLastCommit()
    {
        lock (sync)
        {
            ThrowIfDisposed();
            CommitPoint commit = lastCommit ?? throw new IndexNotFoundException("The index has no commit to hold: commit first.");
            heldCommits[commit.Generation] = heldCommits.TryGetValue(commit.Generation, out (CommitPoint Commit, int Holds) held)
                ? (held.Commit, held.Holds + 1)
                : (commit, 1);
            return commit;
        }
    }

    /// <summary>Ends one hold of <paramref name="commit"/> (see <see cref="HoldLastCommit"/>); the files its last hold kept that nothing else uses are deleted.</summary>
    public void ReleaseCommit(CommitPoint commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        lock (sync)
        {
            if (!heldCommits.TryGetValue(commit.Generation, out (CommitPoint Commit, int Holds) held))
            {
                return;
            }

            if (held.Holds > 1)
            {
                heldCommits[commit.Generation] = (held.Commit, held.Holds - 1);
                return;
            }

            heldCommits.Remove(commit.Generation);
            if (!disposed)
            {
                DeleteUnusedFiles();
            }
        }
    }

    /// <summary>Adds the files of every held commit to <paramref name="used"/> (callers hold <see cref="sync"/>).</summary>
    private void AddHeldFiles(HashSet<string> used)
    {
        foreach ((CommitPoint commit, int _) in heldCommits.Values)
        {
            used.UnionWith(commit.Files());
        }
    }
}
