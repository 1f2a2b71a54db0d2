using SearchEngine.Core.Index;
using SearchEngine.News.Engines;

namespace SearchEngine.Engines.Native;

/// <summary>A native commit held by its writer (<see cref="IndexWriter.HoldLastCommit"/>) until disposed.</summary>
internal sealed class NativeHeldCommit : IEngineHeldCommit
{
    private readonly IndexWriter writer;
    private readonly CommitPoint commit;
    private int disposed;

    public NativeHeldCommit(IndexWriter writer)
    {
        this.writer = writer;
        commit = writer.HoldLastCommit();
        Files = [.. commit.Files().Distinct(StringComparer.Ordinal)];
    }

    public long Generation => commit.Generation;

    public string CommitFile => commit.FileName;

    public IReadOnlyList<string> Files { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            writer.ReleaseCommit(commit);
        }
    }
}
