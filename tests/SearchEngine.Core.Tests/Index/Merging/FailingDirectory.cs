using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Index.Merging;

/// <summary>An in-memory directory that fails the Nth file creation after being armed, to interrupt a merge part-way.</summary>
internal sealed class FailingDirectory : IndexDirectory
{
    private readonly RamDirectory inner = new();
    private int createsBeforeFailure = -1;

    /// <summary>Gets the number of files created since <see cref="FailOnCreate"/> was last called.</summary>
    public int CreatedSinceArmed { get; private set; }

    /// <summary>Makes the <paramref name="nth"/> (1-based) file creation from now on throw an <see cref="IOException"/>.</summary>
    public void FailOnCreate(int nth)
    {
        createsBeforeFailure = nth - 1;
        CreatedSinceArmed = 0;
    }

    public override IndexOutput CreateOutput(string name)
    {
        if (createsBeforeFailure == 0)
        {
            createsBeforeFailure = -1;
            throw new IOException($"Simulated failure creating '{name}'.");
        }

        if (createsBeforeFailure > 0)
        {
            createsBeforeFailure--;
        }

        CreatedSinceArmed++;
        return inner.CreateOutput(name);
    }

    public override IReadOnlyList<string> ListAll() => inner.ListAll();

    public override bool FileExists(string name) => inner.FileExists(name);

    public override long FileLength(string name) => inner.FileLength(name);

    public override IndexInput OpenInput(string name) => inner.OpenInput(name);

    public override void DeleteFile(string name) => inner.DeleteFile(name);

    public override void Rename(string source, string destination) => inner.Rename(source, destination);

    public override void Sync(IEnumerable<string> names) => inner.Sync(names);

    public override void SyncMetaData() => inner.SyncMetaData();

    public override IndexLock ObtainLock(string name) => inner.ObtainLock(name);

    protected override void Dispose(bool disposing)
    {
        inner.Dispose();
        base.Dispose(disposing);
    }
}
